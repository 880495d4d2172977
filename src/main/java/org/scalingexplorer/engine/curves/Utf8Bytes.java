package org.scalingexplorer.engine.curves;

/** Where bytes stop being well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF). */
final class Utf8Bytes {

    private Utf8Bytes() {
    }

    /** The index of the first byte of the first ill-formed sequence in {@code bytes[from, to)}, or -1. */
    static int firstInvalid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int lead = bytes[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int continuation;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                continuation = 1;
            } else if (lead == 0xE0) {
                continuation = 2;
                secondMin = 0xA0;
            } else if (lead == 0xED) {
                continuation = 2;
                secondMax = 0x9F;
            } else if (lead >= 0xE1 && lead <= 0xEF) {
                continuation = 2;
            } else if (lead == 0xF0) {
                continuation = 3;
                secondMin = 0x90;
            } else if (lead == 0xF4) {
                continuation = 3;
                secondMax = 0x8F;
            } else if (lead >= 0xF1 && lead <= 0xF3) {
                continuation = 3;
            } else {
                return i;
            }
            if (i + continuation >= to) {
                return i;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < secondMin || second > secondMax) {
                return i;
            }
            for (int k = 2; k <= continuation; k++) {
                int b = bytes[i + k] & 0xff;
                if (b < 0x80 || b > 0xBF) {
                    return i;
                }
            }
            i += continuation + 1;
        }
        return -1;
    }
}
