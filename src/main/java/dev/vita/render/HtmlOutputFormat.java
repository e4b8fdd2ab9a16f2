package dev.vita.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for Vita's HTML templates ({@code *.ftlh}): every {@code ${…}} gets
 * the typographer's details ({@link Typography}) and is then escaped for HTML, in text and in
 * attributes alike, as FreeMarker's own HTML format escapes.
 */
public final class HtmlOutputFormat extends CommonMarkupOutputFormat<HtmlOutputFormat.Model> {
    public static final HtmlOutputFormat INSTANCE = new HtmlOutputFormat();

    private HtmlOutputFormat() {}

    @Override
    public String getName() {
        return "VitaHTML";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        String s = Typography.apply(plainTextContent);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** A piece of HTML markup held by FreeMarker. */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public HtmlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
