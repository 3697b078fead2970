package nl.schoolveilig.directory;

/** The directory is filled for this run of the application (after every seed). */
public record DirectoryReady() {
}
