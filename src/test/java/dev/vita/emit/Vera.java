package dev.vita.emit;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference PDF/A and PDF/UA validator, run in the test's JVM. */
public final class Vera {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Vera() {}

    /** The rules the PDF fails for a flavour ("ua1", "2a", "3a", ...), one line each (clause-test: message); empty when it passes. */
    public static List<String> failures(byte[] pdf, String flavour) throws Exception {
        PDFAFlavour f = PDFAFlavour.fromString(flavour);
        try (PDFAParser p = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), f);
             PDFAValidator v = Foundries.defaultInstance().createValidator(f, false)) {
            ValidationResult r = v.validate(p);
            List<String> failed = r.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            if (!r.isCompliant() && failed.isEmpty()) return List.of("not compliant (no rule named)");
            return failed;
        }
    }

    /** The PDF/A part and level the file's XMP declares, such as "2a"; null when it declares none. */
    public static String declaredPdfA(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDMetadata m = doc.getDocumentCatalog().getMetadata();
            if (m == null) return null;
            String xmp = new String(m.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher part = Pattern.compile("pdfaid:part(?:>|=\")(\\d)").matcher(xmp);
            Matcher level = Pattern.compile("pdfaid:conformance(?:>|=\")([ABUabu])").matcher(xmp);
            if (!part.find() || !level.find()) return null;
            return part.group(1) + level.group(1).toLowerCase();
        }
    }
}
