package dev.vita.render;

import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.core.ParseException;
import freemarker.core.TemplateConfiguration;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker set-up: templates from a user's theme folder first, then the project's
 * {@code templates/}, then those built into the jar; parsed once and cached. Restricted: no
 * {@code ?new} class instantiation, no {@code ?api}.
 */
public final class Templates {
    static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;
    private final Configuration cfg;
    private final List<Path> folders;

    /** Looks for templates in these folders (those that exist) before the built-in ones. */
    public Templates(List<Path> folders) {
        this(folders, null);
    }

    /**
     * Looks for templates in these folders (those that exist), then in the fragments of the
     * built-in theme of this name (null: none), then in the built-in templates.
     */
    public Templates(List<Path> folders, String builtInTheme) {
        // a folder inside the jar is reached through the class loader below, not as a file
        this.folders = folders.stream().filter(Files::isDirectory)
                .filter(f -> f.getFileSystem() == java.nio.file.FileSystems.getDefault()).toList();
        cfg = new Configuration(VERSION);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path f : this.folders) {
            try {
                loaders.add(new FileTemplateLoader(f.toFile()));
            } catch (IOException e) {
                throw new UserError(f, "cannot read templates folder: " + e.getMessage());
            }
        }
        if (builtInTheme != null) loaders.add(new ClassTemplateLoader(Templates.class, "/vita/themes/" + builtInTheme));
        loaders.add(new ClassTemplateLoader(Templates.class, "/vita/templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        // *.ftlh would otherwise be FreeMarker's own HTML format, without the typographer's details
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setRegisteredCustomOutputFormats(List.of(LatexOutputFormat.INSTANCE, HtmlOutputFormat.INSTANCE));
        // *.tex.ftl is LaTeX as *.ftlh is HTML: every ${...} escaped, raw TeX only through ?no_esc
        TemplateConfiguration tex = new TemplateConfiguration();
        tex.setOutputFormat(LatexOutputFormat.INSTANCE);
        tex.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        // *.ftlh: HTML escaping after the typographer's details (render/Typography)
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HtmlOutputFormat.INSTANCE);
        html.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.tex.ftl"), tex),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.ftlh"), html))
                .allowNoMatch(true));
        cfg.setSharedVariable("texurl", new TexUrl());
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setMemberAccessPolicy(new VitaOnlyPolicy());
        cfg.setObjectWrapper(wrapper.build());
    }

    /** Renders one template with the given data; template mistakes become located user errors. */
    public String render(String name, Map<String, Object> data) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            Template t = cfg.getTemplate(name);
            t.process(data, out);
        } catch (TemplateNotFoundException e) {
            throw new UserError(Path.of("templates", name), "template not found"
                    + (folders.isEmpty() ? "" : " (looked in " + folders.stream().map(Path::toString)
                            .reduce((a, b) -> a + ", " + b).orElse("") + " and the built-in templates)"));
        } catch (ParseException e) {
            throw new UserError(new Problem(where(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage())));
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            throw new UserError(new Problem(where(e.getTemplateSourceName()), line == null ? 0 : line,
                    col == null ? 0 : col, "template error: " + explain(e)));
        } catch (IOException e) {
            // a second thread asking for a template that failed to parse gets FreeMarker's cached failure
            if (e.getCause() instanceof ParseException p) {
                throw new UserError(new Problem(where(p.getTemplateName()), p.getLineNumber(), p.getColumnNumber(),
                        "template syntax error: " + firstLine(p.getEditorMessage())));
            }
            throw new UserError(Path.of("templates", name), "cannot read template: " + e.getMessage());
        }
        return out.toString();
    }

    /**
     * Templates see Vita's own types and nothing else of Java: methods declared in {@code dev.vita}
     * classes are callable, no field, constructor or inherited JDK method is ({@code getClass()},
     * and through it class loading, included).
     */
    static final class VitaOnlyPolicy implements MemberAccessPolicy {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(java.lang.reflect.Method m) {
                    return m.getDeclaringClass().getName().startsWith("dev.vita.");
                }

                @Override
                public boolean isConstructorExposed(java.lang.reflect.Constructor<?> c) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(java.lang.reflect.Field f) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    }

    private Path where(String templateName) {
        if (templateName == null) return Path.of("templates");
        for (Path f : folders) {
            if (Files.exists(f.resolve(templateName))) return f.resolve(templateName);
        }
        return Path.of("templates", templateName);
    }

    /** FreeMarker's message, cut to the line that says what went wrong. */
    private static String explain(TemplateException e) {
        if (e.getCause() instanceof ParseException p) {
            return "syntax error in " + p.getTemplateName() + " line " + p.getLineNumber() + ": " + firstLine(p.getEditorMessage());
        }
        if (e.getCause() instanceof TemplateNotFoundException n) {
            return "template '" + n.getTemplateName() + "' not found";
        }
        String m = e.getMessageWithoutStackTop() == null ? "" : e.getMessageWithoutStackTop();
        if (m.startsWith("The following has evaluated to null or missing")) {
            for (String l : m.lines().toList()) {
                if (l.startsWith("==> ")) {
                    String expr = l.substring(4).replaceAll("\\s+\\[in template.*$", "").strip();
                    return "'" + expr + "' is missing (null or not defined); test it with ?? or give a default with !";
                }
            }
        }
        return firstLine(m);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
