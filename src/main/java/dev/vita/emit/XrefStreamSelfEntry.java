package dev.vita.emit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * PDFBox 3 writes the cross-reference stream of a compressed file without an entry for itself:
 * its /Index ends one short of /Size, and qpdf --check warns "reported number of objects is not
 * one plus the highest object number" (issue 14). This adds the missing entry, rewriting only the
 * last object of the file, which starts where it did, so every other offset stays right. A file
 * of another shape is returned unchanged.
 */
final class XrefStreamSelfEntry {
    private static final Pattern TAIL = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern HEAD = Pattern.compile("^(\\d+) 0 obj\\s*<<(.*?)>>\\s*stream\\r?\\n", Pattern.DOTALL);

    private XrefStreamSelfEntry() {}

    static byte[] fix(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher tail = TAIL.matcher(text.substring(Math.max(0, text.length() - 64)));
        if (!tail.find()) return pdf;
        int at = Integer.parseInt(tail.group(1));
        Matcher head = HEAD.matcher(text.substring(at, Math.min(text.length(), at + 2048)));
        if (!head.find()) return pdf;
        int self = Integer.parseInt(head.group(1));
        String dict = head.group(2);
        int[] w = ints(dict, "/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]", 3);
        int[] index = ints(dict, "/Index\\s*\\[\\s*0\\s+(\\d+)\\s*\\]", 1);
        int[] length = ints(dict, "/Length\\s+(\\d+)\\b", 1);
        int[] size = ints(dict, "/Size\\s+(\\d+)\\b", 1);
        if (w == null || index == null || length == null || size == null || !dict.contains("/Filter /FlateDecode")
                || dict.contains("/DecodeParms") || dict.contains("/Prev") || index[0] != self || size[0] != self + 1) {
            return pdf;
        }
        int dataStart = at + head.end();
        byte[] rows = inflate(pdf, dataStart, length[0]);
        int width = w[0] + w[1] + w[2];
        if (rows == null || rows.length != index[0] * width) return pdf;
        // the stream's own entry: in use (type 1) at its own offset, generation 0
        int offsetWidth = Math.max(w[1], bytesFor(at));
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        for (int r = 0; r < index[0]; r++) {
            table.write(rows, r * width, w[0]);
            write(table, read(rows, r * width + w[0], w[1]), offsetWidth);
            table.write(rows, r * width + w[0] + w[1], w[2]);
        }
        write(table, 1, w[0]);
        write(table, at, offsetWidth);
        write(table, 0, w[2]);
        byte[] data = deflate(table.toByteArray());
        String newDict = dict
                .replaceFirst("/W\\s*\\[[^\\]]*\\]", "/W [" + w[0] + " " + offsetWidth + " " + w[2] + "]")
                .replaceFirst("/Index\\s*\\[[^\\]]*\\]", "/Index [0 " + (self + 1) + "]")
                .replaceFirst("/Length\\s+\\d+", "/Length " + data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16);
        out.write(pdf, 0, at);
        out.writeBytes((self + " 0 obj\n<<" + newDict + ">>\nstream\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.writeBytes(("\r\nendstream\nendobj\nstartxref\n" + at + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static int[] ints(String dict, String regex, int n) {
        Matcher m = Pattern.compile(regex).matcher(dict);
        if (!m.find()) return null;
        int[] v = new int[n];
        for (int i = 0; i < n; i++) v[i] = Integer.parseInt(m.group(i + 1));
        return v;
    }

    private static int bytesFor(long v) {
        int n = 1;
        while (v >= 1L << (8 * n)) n++;
        return n;
    }

    private static long read(byte[] b, int from, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) v = v << 8 | (b[from + i] & 0xFF);
        return v;
    }

    private static void write(ByteArrayOutputStream out, long v, int width) {
        for (int i = width - 1; i >= 0; i--) out.write((int) (v >>> (8 * i)) & 0xFF);
    }

    private static byte[] inflate(byte[] pdf, int from, int length) {
        if (from + length > pdf.length) return null;
        Inflater inf = new Inflater();
        inf.setInput(pdf, from, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
        byte[] buf = new byte[8192];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inf.end();
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater def = new Deflater(Deflater.BEST_COMPRESSION);
        def.setInput(data);
        def.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        byte[] buf = new byte[8192];
        while (!def.finished()) out.write(buf, 0, def.deflate(buf));
        def.end();
        return out.toByteArray();
    }
}
