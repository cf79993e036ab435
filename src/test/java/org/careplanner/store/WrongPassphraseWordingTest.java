package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * A wrong store passphrase is said in one set of words wherever it is typed: the start window shows the store's
 * own message, the lock and "Change passphrase" the screens' one. They once differed.
 */
class WrongPassphraseWordingTest {

    @Test
    void theStartTheLockAndChangePassphraseSayTheSameWords() {
        String screens = ResourceBundle.getBundle("org.careplanner.ui.messages").getString("lock.unlock.wrong");
        assertThat(new WrongPassphraseException().getMessage()).isEqualTo(screens)
                .isEqualTo("That passphrase does not open this store. Check Caps Lock and the keyboard layout, "
                        + "and try again.");
    }
}
