package cn.zwgk.board.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Splits a rendered notice into 1920x1080 screen pages instead of shrinking it: paragraphs, lists and table
 * rows are packed by an estimate of their height at the screen stylesheet's type size ({@code screen.css}:
 * body 36 px at line height 1.6 on a 1760 px column, table rows 60 px). A table continued on the next page
 * repeats its heading row; the issuer, date, seal area and QR code come on the last page.
 */
final class ScreenPager {
    static final int CHARS_PER_LINE = 46;
    static final double LINE = 58;
    static final double FIRST_PAGE = 740;
    static final double NEXT_PAGE = 830;
    /** Issuer, date and seal area beside a 160 px QR code with its caption. */
    static final double SIGNATURE = 200;
    static final double ROW = 62;
    static final double GAP = 22;

    private ScreenPager() {
    }

    /** The pages, each a {@code <section class="zb-screen-page">} holding a copy of the article. */
    static List<String> pages(String articleHtml) {
        Document doc = Jsoup.parseBodyFragment(articleHtml);
        doc.outputSettings().prettyPrint(false);
        Element article = doc.selectFirst("article");
        if (article == null) {
            throw new RenderException("模板没有输出公告正文（缺少 <article>）");
        }
        Element content = article.selectFirst(".zb-content");
        Element footer = article.selectFirst(".zb-foot");
        Deque<Element> queue = new ArrayDeque<>();
        if (content != null) {
            content.children().forEach(ch -> queue.add(ch.clone()));
        }
        List<List<Element>> pages = new ArrayList<>();
        List<Element> page = new ArrayList<>();
        double remaining = FIRST_PAGE;
        while (!queue.isEmpty()) {
            Element e = queue.poll();
            double h = height(e);
            if (h <= remaining) {
                page.add(e);
                remaining -= h;
                continue;
            }
            Element[] split = split(e, remaining);
            if (split[0] != null) {
                page.add(split[0]);
            } else if (page.isEmpty()) {
                page.add(e); // taller than a whole page and cannot be split: show it, the page crops it
                split[1] = null;
            }
            if (split[1] != null) {
                queue.push(split[1]);
            }
            pages.add(page);
            page = new ArrayList<>();
            remaining = NEXT_PAGE;
        }
        Element objection = footer == null ? null : footer.selectFirst(".zb-objection");
        double footerHeight = SIGNATURE + (objection == null ? 0 : height(objection));
        if (remaining < footerHeight && !page.isEmpty()) {
            pages.add(page);
            page = new ArrayList<>();
        }
        pages.add(page);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            out.add(page(article, content, footer, pages.get(i), i, pages.size()));
        }
        return out;
    }

    private static String page(Element article, Element content, Element footer, List<Element> blocks, int index, int count) {
        Element copy = article.shallowClone();
        Element head = article.selectFirst(".zb-head");
        if (head != null) {
            Element h = head.clone();
            if (index > 0) {
                h.addClass("zb-continued");
                Element title = h.selectFirst(".zb-title");
                if (title != null) {
                    title.appendText("（续）");
                }
            }
            copy.appendChild(h);
        }
        Element body = content == null ? new Element("div").addClass("zb-content") : content.shallowClone();
        blocks.forEach(body::appendChild);
        copy.appendChild(body);
        if (index == count - 1 && footer != null) {
            copy.appendChild(footer.clone());
        }
        Element section = new Element("section").addClass("zb-screen-page")
                .attr("data-page", String.valueOf(index + 1)).attr("data-pages", String.valueOf(count));
        section.appendChild(copy);
        if (count > 1) {
            section.appendElement("div").addClass("zb-page-no").text("第 " + (index + 1) + " 页 / 共 " + count + " 页");
        }
        return section.outerHtml();
    }

    static double height(Element e) {
        return switch (e.tagName()) {
            case "table" -> ROW * (e.select("tr").size()) + GAP;
            case "ul", "ol" -> e.children().stream().mapToDouble(li -> lines(li.text(), 2) * LINE).sum() + GAP;
            case "section", "dl" -> e.children().stream().mapToDouble(ScreenPager::height).sum();
            case "h2", "dt" -> LINE + 8;
            case "div" -> e.hasClass("zb-image") ? 12 * 36 + GAP : lines(e.text(), 0) * LINE + GAP;
            default -> lines(e.text(), 0) * LINE + GAP;
        };
    }

    private static int lines(String text, int indent) {
        int chars = text.codePointCount(0, text.length());
        return Math.max(1, (chars + CHARS_PER_LINE - indent - 1) / (CHARS_PER_LINE - indent));
    }

    /** What of {@code e} fits in {@code room} (null if nothing) and what is left (null if nothing). */
    private static Element[] split(Element e, double room) {
        return switch (e.tagName()) {
            case "table" -> splitTable(e, room);
            case "ul", "ol", "section", "dl" -> splitChildren(e, room);
            case "p" -> splitParagraph(e, room);
            default -> new Element[] {null, e};
        };
    }

    private static Element[] splitTable(Element table, double room) {
        Element thead = table.selectFirst("thead");
        List<Element> rows = table.select("tbody > tr");
        double used = GAP + (thead == null ? 0 : ROW);
        int fit = 0;
        while (fit < rows.size() && used + ROW <= room) {
            used += ROW;
            fit++;
        }
        if (fit == 0) {
            return new Element[] {null, table};
        }
        Element head = table.shallowClone();
        Element tail = table.shallowClone();
        if (thead != null) {
            head.appendChild(thead.clone());
            tail.appendChild(thead.clone());
        }
        Element hb = head.appendElement("tbody");
        Element tb = tail.appendElement("tbody");
        for (int i = 0; i < rows.size(); i++) {
            (i < fit ? hb : tb).appendChild(rows.get(i).clone());
        }
        return new Element[] {head, fit == rows.size() ? null : tail};
    }

    private static Element[] splitChildren(Element parent, double room) {
        Element head = parent.shallowClone();
        Element tail = parent.shallowClone();
        double used = parent.tagName().equals("section") ? 0 : GAP;
        boolean full = false;
        int taken = 0;
        for (Element child : parent.children()) {
            if (full) {
                tail.appendChild(child.clone());
                continue;
            }
            double h = height(child);
            if (used + h <= room) {
                head.appendChild(child.clone());
                used += h;
                taken++;
                continue;
            }
            Element[] split = split(child, room - used);
            if (split[0] != null) {
                head.appendChild(split[0]);
                taken++;
            }
            if (split[1] != null) {
                tail.appendChild(split[1]);
            }
            full = true;
        }
        // a heading alone at the foot of a page is no use: move it over
        if (taken == 0 || (taken == 1 && head.child(0).tagName().matches("h2|dt") && tail.childrenSize() > 0)) {
            return new Element[] {null, parent};
        }
        if ("ol".equals(parent.tagName())) {
            int start = parent.hasAttr("start") ? Integer.parseInt(parent.attr("start")) : 1;
            tail.attr("start", String.valueOf(start + head.childrenSize()));
        }
        return new Element[] {head, tail.childrenSize() == 0 ? null : tail};
    }

    /** Splits a paragraph at the last sentence end (。；！？) that fits. */
    private static Element[] splitParagraph(Element p, double room) {
        int lines = (int) Math.floor((room - GAP) / LINE);
        if (lines < 2) {
            return new Element[] {null, p};
        }
        String text = p.text();
        int limit = Math.min(text.length(), lines * CHARS_PER_LINE);
        int cut = -1;
        for (int i = limit - 1; i > 0; i--) {
            if ("。；！？".indexOf(text.charAt(i)) >= 0) {
                cut = i + 1;
                break;
            }
        }
        if (cut <= 0) {
            cut = limit;
        }
        Element head = p.shallowClone().text(text.substring(0, cut));
        Element tail = p.shallowClone().text(text.substring(cut)).addClass("zb-p-cont");
        return new Element[] {head, tail.text().isBlank() ? null : tail};
    }
}
