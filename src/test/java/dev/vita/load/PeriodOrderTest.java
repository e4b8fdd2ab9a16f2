package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vita.cli.Main;
import dev.vita.model.PartialDate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 9: an end before its start, or a start of "present" with an end, printed silently
 * ("Jun 2024 – Jan 2019"); each is now a located error. And "Present" and "present" never both appear.
 */
class PeriodOrderTest {
    static String validate(Path dir, String profile) throws IOException {
        Files.writeString(dir.resolve("profile.yaml"), profile);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "--profile", dir.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return code + " " + err.toString().strip().replace(dir.toString(), "{dir}");
    }

    @Test
    void datesEndBeforeStart(@TempDir Path dir) throws IOException {
        assertEquals("2 {dir}/profile.yaml:7:10: experience[1].end: 'Jan 2019' is before the start 'Jun 2024'",
                validate(dir, BrokenInputsTest.BASE.replace("start: 2022-03", "start: Jun 2024").replace("end: present", "end: 2019-01")));
        assertEquals("2 {dir}/profile.yaml:11:10: education[1].end: '2018' is before the start '2019'",
                validate(dir, BrokenInputsTest.BASE + "    end: 2018\n"));
    }

    /** A past end alone prints like a single date: for a job or project that hides that it ended; a degree's year is fine. */
    @Test
    void datesEndWithoutAStart(@TempDir Path dir) throws IOException {
        assertEquals("2 {dir}/profile.yaml:6:10: experience[1].end: 'Jan 2001' has no start, so it would print as if it were a single date: "
                        + "add the start, or write a single date as start",
                validate(dir, BrokenInputsTest.BASE.replace("    start: 2022-03\n", "").replace("end: present", "end: 2001-01")));
        assertEquals("0", validate(dir, BrokenInputsTest.BASE.replace("    start: 2022-03\n", "")).split(" ")[0]);
        assertEquals("0", validate(dir, BrokenInputsTest.BASE.replace("    start: 2019", "    end: 2019")).split(" ")[0]);
    }

    @Test
    void datesStartPresentWithAnEnd(@TempDir Path dir) throws IOException {
        assertEquals("2 {dir}/profile.yaml:6:12: experience[1].start: 'present' as a start leaves no room for an end ('present'): "
                        + "give the real start, or drop the end",
                validate(dir, BrokenInputsTest.BASE.replace("start: 2022-03", "start: present")));
    }

    @Test
    void datesInTheSameYearCompareByMonthOnlyWhenBothHaveOne(@TempDir Path dir) throws IOException {
        assertEquals("0", validate(dir, BrokenInputsTest.BASE.replace("start: 2022-03", "start: 2022-03").replace("end: present", "end: 2022")).split(" ")[0]);
        assertEquals("0", validate(dir, BrokenInputsTest.BASE.replace("end: present", "end: Mar 2022")).split(" ")[0]);
    }

    @Test
    void datesPresentIsSpeltOneWay() {
        assertEquals("present", PartialDate.range(null, PartialDate.PRESENT));
        assertEquals("2024 – present", PartialDate.range(PartialDate.parse("2024"), PartialDate.PRESENT));
    }
}
