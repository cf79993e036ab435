package org.careplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What is loaded before the passphrase window (ADR 0021, 0027): the launcher builds the store's settings first, and
 * they must not bring in the plan file codec (Jackson, about 400 classes) that only an opened store needs.
 */
class StartClassesTest {

    /** A class loader of its own over the test's class path, so classes already loaded by other tests do not count. */
    private static final class Fresh extends URLClassLoader {
        Fresh() {
            super(Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .map(Fresh::url).toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }

        private static URL url(String entry) {
            try {
                return Path.of(entry).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void theStoresSettingsAreBuiltWithoutThePlanFileCodec() throws Exception {
        try (Fresh fresh = new Fresh()) {
            Class<?> app = Class.forName("org.careplanner.App", true, fresh);
            var build = app.getDeclaredMethod("storeSettings", Clock.class);
            build.setAccessible(true);
            Object settings = build.invoke(null, Clock.systemUTC());

            assertThat(settings).isNotNull();
            assertThat(fresh.loaded("org.careplanner.store.StoreSettings")).as("the check itself works").isTrue();
            assertThat(fresh.loaded("org.careplanner.exchange.PlanFile")).isFalse();
            assertThat(fresh.loaded("com.fasterxml.jackson.core.JsonFactory")).isFalse();
            assertThat(fresh.loaded("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
        }
    }
}
