package dev.vita.model;

import java.util.Base64;

/** The person's photo, read and checked: a JPEG or PNG from the profile folder, with its pixel size. */
public record Photo(String fileName, String mediaType, byte[] bytes, int width, int height) {

    /** The image as a data: URI, so the HTML page carries it inside and needs no other file. */
    public String dataUri() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** The file name written beside the .tex ("photo.jpg" or "photo.png"): fixed, so nothing of the user's becomes TeX. */
    public String texFileName() {
        return mediaType.equals("image/png") ? "photo.png" : "photo.jpg";
    }
}
