package org.careplanner.ui.lock;

import org.careplanner.store.LocalStore;
import org.careplanner.store.StoreException;
import org.careplanner.store.WrongPassphraseException;

/**
 * "Change passphrase…" over the open store: {@link LocalStore#changePassphrase} re-encrypts it (a failure or crash
 * midway leaves the old store whole), then a fresh automatic backup is made under the new passphrase; the backups
 * made before keep the old one.
 */
public final class StorePassphraseChange implements PassphraseChange {

    private final LocalStore store;

    public StorePassphraseChange(LocalStore store) {
        this.store = store;
    }

    @Override
    public Outcome change(char[] current, char[] next) {
        try {
            store.changePassphrase(current, next);
            return new Outcome.Changed();
        } catch (WrongPassphraseException e) {
            return new Outcome.WrongCurrent();
        } catch (StoreException e) {
            return new Outcome.Failed(e.getMessage());
        }
    }

    @Override
    public boolean backUp() {
        return store.automaticBackups().make(store).isPresent();
    }
}
