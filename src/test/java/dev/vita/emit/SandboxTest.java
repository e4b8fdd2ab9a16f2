package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.problem.Problem;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is loaded from outside: a profile and a theme that reference the web (a listener on
 * loopback), files outside the project and javascript: get links at most, never a fetch.
 */
class SandboxTest {
    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    @TempDir
    Path tmp;
    ServerSocket listener;
    final AtomicInteger connections = new AtomicInteger();
    Thread acceptor;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
        acceptor.join(2000);
    }

    @Test
    void nothingOutsideIsReadOrRequestedAndOnlyWebLinksStay() throws Exception {
        String web = "http://127.0.0.1:" + listener.getLocalPort();
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.write(outside.resolve("secret.png"), PNG);
        Files.writeString(outside.resolve("leak.css"), "body::after { content: \"LEAKED\"; }");
        Path profile = tmp.resolve("profile");
        Files.createDirectories(profile);
        Files.write(profile.resolve("photo.png"), PNG); // inside the project: the one image allowed
        Files.writeString(profile.resolve("profile.yaml"), """
                name: Ada Example
                website: %s/website
                links:
                  - label: Passwd
                    url: %s/file:///etc/passwd
                projects:
                  - name: Project
                    url: %s/project
                """.formatted(web, web, web));
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("cv.html.ftlh"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <link rel="stylesheet" href="WEB/style.css"/>
                <link rel="stylesheet" href="OUT/leak.css"/>
                <link rel="stylesheet" href="file:///etc/passwd"/>
                <style>
                @import url(WEB/import.css);
                @font-face { font-family: Remote; src: url(WEB/font.ttf); }
                body { font-family: Remote, "Charis SIL"; background-image: url(file:///etc/passwd); }
                h1 { background-image: url(WEB/bg.png); }
                </style></head><body>
                <h1>${doc.person.name}</h1>
                <img src="photo.png"/>
                <img src="OUT/secret.png"/>
                <img src="../outside/secret.png"/>
                <img src="WEB/img.png"/>
                <img src="file:///etc/passwd"/>
                <p><a href="${doc.person.website}">site</a> <a href="javascript:alert(1)">js</a>
                <a href="file:///etc/passwd">file</a> <a href="WEB/direct">direct</a></p>
                <#list doc.sections as s><p>${s.title}</p></#list>
                </body></html>
                """.replace("WEB", web).replace("OUT", outside.toUri().toString().replaceAll("/$", "")));
        List<Problem> warnings = new ArrayList<>();
        Warnings w = new Warnings(warnings::add);
        Path out = tmp.resolve("out");
        new Build(new Project(theme, Path.of("").toAbsolutePath()), w)
                .run(new Build.Options(profile, out, "a4", List.of(), "cv"));
        Thread.sleep(300); // a connection, had one been made, has arrived by now
        assertEquals(0, connections.get(), "the renderer connected to the loopback listener");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("cv.pdf").toFile())) {
            assertEquals(1, images(pdf), "only the photo inside the profile folder is embedded");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Ada Example"), text);
            assertFalse(text.contains("LEAKED"), "a style sheet outside the project was read");
            List<String> links = links(pdf);
            assertTrue(links.contains(web + "/website"), "links in user data stay links: " + links);
            assertTrue(links.contains(web + "/direct"), links.toString());
            assertTrue(links.stream().allMatch(l -> l.startsWith("http")), "non-web link kept: " + links);
        }
        String said = warnings.toString();
        assertTrue(said.contains("refused to load file:///etc/passwd"), said);
        assertTrue(said.contains("refused to load " + web + "/img.png"), said);
        assertTrue(said.contains("removed the link to javascript:alert(1)"), said);
    }

    static int images(PDDocument pdf) throws IOException {
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) n++;
            }
        }
        return n;
    }

    static List<String> links(PDDocument pdf) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) out.add(u.getURI());
            }
        }
        return out;
    }
}
