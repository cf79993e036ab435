package org.careplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.careplanner.domain.Person;
import org.careplanner.domain.Plan;
import org.careplanner.store.DataFolder;
import org.careplanner.store.LocalStore;
import org.careplanner.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is loaded before the passphrase window (ADR 0021, 0027): the launcher builds the store's settings first, and
 * they must not bring in the plan file codec (Jackson, about 400 classes) that only an opened store needs; nor does
 * opening the store and reading its home list (ADR 0030): the codec is first needed when a plan is opened.
 */
class StartClassesTest {

    @TempDir
    Path dir;

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

    @Test
    void aStoreOpensAndListsItsPlansWithoutThePlanFileCodec() throws Exception {
        try (LocalStore made = LocalStore.open(new DataFolder(dir), TestStores.defaults())) {
            made.plans().saveVersion(Plan.newDraft(UUID.randomUUID(), Person.named("Ada", "Testperson"),
                    java.time.Instant.parse("2026-11-02T10:00:00Z")));
        }
        try (Fresh fresh = new Fresh()) {
            // H2's driver of this class loader, so the store's classes here connect through it.
            Class.forName("org.h2.Driver", true, fresh);
            Class<?> folder = Class.forName("org.careplanner.store.DataFolder", true, fresh);
            Class<?> settings = Class.forName("org.careplanner.store.StoreSettings", true, fresh);
            Class<?> search = Class.forName("org.careplanner.store.PlanSearch", true, fresh);
            Class<?> local = Class.forName("org.careplanner.store.LocalStore", true, fresh);
            Object testSettings = Class.forName("org.careplanner.store.TestStores", true, fresh)
                    .getMethod("defaults").invoke(null);
            try (AutoCloseable store = (AutoCloseable) local.getMethod("open", folder, settings)
                    .invoke(null, folder.getConstructor(Path.class).newInstance(dir), testSettings)) {
                Object plans = local.getMethod("plans").invoke(store);
                List<?> listed = (List<?>) plans.getClass().getMethod("search", search)
                        .invoke(plans, search.getMethod("everything").invoke(null));

                assertThat(listed).hasSize(1);
                assertThat(fresh.loaded("org.careplanner.store.PlanStore")).as("the check itself works").isTrue();
                assertThat(fresh.loaded("org.careplanner.exchange.PlanFile")).isFalse();
                assertThat(fresh.loaded("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
            }
        }
    }
}
