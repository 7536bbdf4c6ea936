package cn.zwgk.kiosk.print;

/**
 * Which items a printed list holds.
 *
 * @param value a domain code, a responsible body (公开主体), an {@link cn.zwgk.core.catalogue.Audience} name, or
 *              the words searched for
 */
public record PrintSelection(By by, String value) {

    /** How hall staff choose the items. */
    public enum By { DOMAIN, DEPARTMENT, AUDIENCE, SEARCH }
}
