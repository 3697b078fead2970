package nl.schoolveilig.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A case as PDF for the board's file: the print page ({@code templates/case-print.html}) rendered by
 * openhtmltopdf, so the PDF and the printed page say the same.
 */
@Component
class CasePdf {

    private final ITemplateEngine templates;

    CasePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    void write(Map<String, Object> contents, Locale locale, OutputStream out) {
        String html = templates.process("case-print", new Context(locale, contents));
        try {
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            pdf.toStream(out);
            pdf.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
