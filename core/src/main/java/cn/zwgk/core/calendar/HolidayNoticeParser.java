package cn.zwgk.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a year's working-day calendar from the text of the State Council's notice (国务院办公厅关于某年部分节假日安排的
 * 通知) as the office copies it from the government website: sentences such as
 * {@code 春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。}
 * Weekdays inside a 放假 range are holidays; the dates of a 上班 sentence are the adjusted working weekends. The office
 * checks the result on screen before saving it: the parser proposes, a person decides.
 */
public final class HolidayNoticeParser {
    private static final Pattern BRACKETS = Pattern.compile("[（(][^）)]*[）)]");
    private static final String DATE = "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日";
    private static final Pattern RANGE = Pattern.compile(DATE + "\\s*(?:至|—|－|-|~|～)\\s*(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");
    private static final Pattern SINGLE = Pattern.compile(DATE);

    /**
     * What was read: the dates, and notes for anything the office should look at (dates outside the year, a sentence
     * with dates that says neither 放假 nor 上班).
     */
    public record Result(int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays, List<String> notes) {
        public Result {
            holidays = List.copyOf(holidays);
            adjustedWorkdays = List.copyOf(adjustedWorkdays);
            notes = List.copyOf(notes);
        }

        /** As the next version of that year's calendar (validate before saving). */
        public WorkingCalendar toCalendar(long version) {
            return new WorkingCalendar(year, holidays, adjustedWorkdays, version);
        }
    }

    private HolidayNoticeParser() {
    }

    public static Result parse(int year, String notice) {
        TreeSet<LocalDate> holidays = new TreeSet<>();
        TreeSet<LocalDate> workdays = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        String text = BRACKETS.matcher(notice == null ? "" : notice).replaceAll("");
        for (String sentence : text.split("[。；;\\n\\r]+")) {
            boolean off = sentence.contains("放假");
            boolean work = sentence.contains("上班");
            if (!SINGLE.matcher(sentence).find()) {
                continue;
            }
            if (off) {
                readHolidays(year, sentence, holidays, notes);
            } else if (work) {
                Matcher m = SINGLE.matcher(sentence);
                while (m.find()) {
                    LocalDate d = date(year, m.group(1), m.group(2), m.group(3), notes, sentence);
                    if (d != null) {
                        keep(year, d, workdays, notes);
                    }
                }
            } else {
                notes.add("未识别（既不是放假也不是上班）：" + sentence.strip());
            }
        }
        return new Result(year, List.copyOf(holidays), List.copyOf(workdays), notes);
    }

    private static void readHolidays(int year, String sentence, TreeSet<LocalDate> holidays, List<String> notes) {
        Matcher range = RANGE.matcher(sentence);
        if (range.find()) {
            LocalDate from = date(year, range.group(1), range.group(2), range.group(3), notes, sentence);
            String toYear = range.group(4) != null ? range.group(4) : range.group(1);
            String toMonth = range.group(5) != null ? range.group(5) : range.group(2);
            LocalDate to = date(year, toYear, toMonth, range.group(6), notes, sentence);
            if (from == null || to == null || to.isBefore(from) || from.plusDays(31).isBefore(to)) {
                notes.add("放假时间不合理，未采用：" + sentence.strip());
                return;
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (WorkingCalendar.isWeekday(d)) {
                    keep(year, d, holidays, notes);
                }
            }
            return;
        }
        Matcher single = SINGLE.matcher(sentence);
        single.find();
        LocalDate d = date(year, single.group(1), single.group(2), single.group(3), notes, sentence);
        if (d != null && WorkingCalendar.isWeekday(d)) {
            keep(year, d, holidays, notes);
        }
    }

    private static LocalDate date(int year, String y, String month, String day, List<String> notes, String sentence) {
        try {
            return LocalDate.of(y == null ? year : Integer.parseInt(y), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            notes.add("日期无效：" + sentence.strip());
            return null;
        }
    }

    private static void keep(int year, LocalDate d, TreeSet<LocalDate> into, List<String> notes) {
        if (d.getYear() == year) {
            into.add(d);
        } else {
            notes.add(d + " 不在 " + year + " 年，请录入 " + d.getYear() + " 年的日历时再加");
        }
    }
}
