package dev.vita.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for LaTeX: every {@code ${…}} gets the typographer's details
 * ({@link Typography}, as in the HTML) and is escaped by {@link LatexEscaper}, as
 * {@code .ftlh} escapes HTML; raw TeX needs an explicit {@code ?no_esc} in the template.
 */
public final class LatexOutputFormat extends CommonMarkupOutputFormat<LatexOutputFormat.Model> {
    public static final LatexOutputFormat INSTANCE = new LatexOutputFormat();

    private LatexOutputFormat() {}

    @Override
    public String getName() {
        return "LaTeX";
    }

    @Override
    public String getMimeType() {
        return "application/x-latex";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return LatexEscaper.escape(Typography.apply(plainTextContent));
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** A piece of LaTeX markup held by FreeMarker (already escaped, or raw by the template's choice). */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public LatexOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
