package dev.vita.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The template function {@code texurl(url)}: a URL made safe for hyperref's {@code \href}, returned as
 * LaTeX markup so the text escaping does not apply twice.
 */
final class TexUrl implements TemplateMethodModelEx {
    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel url)) {
            throw new TemplateModelException("texurl takes one string, the URL");
        }
        return LatexOutputFormat.INSTANCE.fromMarkup(LatexEscaper.url(url.getAsString()));
    }
}
