package dev.staybook.listings.internal.persistence;

import dev.staybook.listings.internal.domain.PhotoStore;
import dev.staybook.listings.internal.domain.StoredPhotoId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded photos as files under {@code STAYBOOK_PHOTO_DIR} (a relative directory is under the server's output
 * directory, Liberty's working directory; a volume in docker-compose), one file per id in a folder named after
 * the id's first two characters. A photo is written to a temporary file in its folder, then moved into place in
 * one step, so a reader finds the whole photo or none.
 */
@ApplicationScoped
public class FilesystemPhotoStore implements PhotoStore {

    @Inject
    @ConfigProperty(name = "staybook.photo.dir", defaultValue = "photos")
    String directory;

    @Override
    public void put(StoredPhotoId id, byte[] bytes) {
        Path target = pathOf(id);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, bytes);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store photo " + id, e);
        }
    }

    @Override
    public Optional<byte[]> get(StoredPhotoId id) {
        try {
            return Optional.of(Files.readAllBytes(pathOf(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read photo " + id, e);
        }
    }

    @Override
    public void delete(StoredPhotoId id) {
        try {
            Files.deleteIfExists(pathOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete photo " + id, e);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so the file system supports it anywhere it matters; a plain replace is the fallback
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path pathOf(StoredPhotoId id) {
        return Path.of(directory).toAbsolutePath().resolve(id.value().substring(0, 2)).resolve(id.value());
    }
}
