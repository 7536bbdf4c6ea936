package cn.zwgk.kiosk.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A 一级事项 of a domain as the domain screen lists it.
 *
 * @param name      the 一级事项 as published (Chinese, may contain any character)
 * @param key       a short URL-safe key derived from the name: stable across syncs as long as the name is,
 *                  unlike a position in the list, and free of the escaping trouble of Chinese in URLs
 * @param itemCount how many items this kiosk holds under it
 */
public record Level1Entry(String name, String key, int itemCount) {
    private static final int KEY_HEX_CHARS = 12;

    public static Level1Entry of(String name, int itemCount) {
        return new Level1Entry(name, keyOf(name), itemCount);
    }

    public static String keyOf(String level1) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(level1.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, KEY_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
