package nl.schoolveilig.directory;

/**
 * Fills the directory at start-up (the demo data of the embedded default); {@link DirectorySeeding} runs
 * every seed, then announces {@link DirectoryReady}.
 */
public interface DirectorySeed {

    void seed();
}
