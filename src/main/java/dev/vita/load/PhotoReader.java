package dev.vita.load;

import dev.vita.model.Photo;
import dev.vita.problem.UserError;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the profile's {@code photo:}: a JPEG or PNG inside the profile folder, at most
 * {@link #MAX_BYTES} and {@link #MAX_SIDE} pixels a side, decodable. Every refusal is located at the key.
 */
final class PhotoReader {
    /** A portrait for a CV needs far less; larger files are a mistake. */
    static final long MAX_BYTES = 4L << 20;
    /** Checked from the header before decoding, so a small file cannot claim a huge image. */
    static final int MAX_SIDE = 6000;

    private PhotoReader() {}

    /** The checked photo, or a located {@link UserError}. */
    static Photo read(Path dir, String name, Locations at) {
        String n = name.strip();
        Path base = dir.toAbsolutePath().normalize();
        Path file = base.resolve(n).normalize();
        if (Path.of(n).isAbsolute() || !file.startsWith(base)) fail(at, "'" + YamlChecker.shorten(n) + "' is outside the profile folder; put the photo beside profile.yaml");
        if (!Files.isRegularFile(file)) fail(at, "'" + YamlChecker.shorten(n) + "' not found (looked for " + file + ")");
        try {
            // a symbolic link inside the folder may not lead out of it
            if (!file.toRealPath().startsWith(base.toRealPath())) fail(at, "'" + YamlChecker.shorten(n) + "' leads outside the profile folder");
            if (Files.size(file) > MAX_BYTES) fail(at, "'" + YamlChecker.shorten(n) + "' is larger than " + (MAX_BYTES >> 20) + " MiB; a CV photo needs far less");
            byte[] bytes = Files.readAllBytes(file);
            String type = mediaType(bytes);
            if (type == null) fail(at, "'" + YamlChecker.shorten(n) + "' is not a JPEG or PNG image");
            int[] size = size(bytes);
            if (size == null) fail(at, "'" + YamlChecker.shorten(n) + "' cannot be read as an image (damaged?)");
            if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
                fail(at, "'" + YamlChecker.shorten(n) + "' is " + size[0] + "×" + size[1] + " pixels; at most " + MAX_SIDE + " a side");
            }
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            if (decoded == null) fail(at, "'" + YamlChecker.shorten(n) + "' cannot be read as an image (damaged?)");
            return new Photo(file.getFileName().toString(), type, bytes, size[0], size[1]);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) throw u;
            throw new UserError(at.problem("photo", "photo: '" + YamlChecker.shorten(n) + "' cannot be read as an image: " + e.getMessage()));
        }
    }

    /** image/jpeg or image/png from the file's first bytes, or null. */
    static String mediaType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return "image/jpeg";
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
        return null;
    }

    /** Width and height from the image's header, without decoding its pixels; null when unreadable. */
    private static int[] size(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        }
    }

    private static void fail(Locations at, String message) {
        throw new UserError(at.problem("photo", "photo: " + message));
    }
}
