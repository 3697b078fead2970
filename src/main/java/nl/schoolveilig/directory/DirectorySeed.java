package nl.schoolveilig.directory;

/**
 * Fills the directory at start-up (the demo data of the embedded default). Those who mirror the
 * directory elsewhere, like the Camunda identity sync, run after every seed.
 */
public interface DirectorySeed {

    void seed();
}
