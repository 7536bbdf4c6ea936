package cn.zwgk.server.security;

/** An authenticated kiosk: who it is and the site it was enrolled for (its sync scope). */
public record KioskPrincipal(String kioskId, String siteCode) {
    /** Request attribute under which {@link KioskAuthHandler} leaves the principal. */
    public static final String ATTRIBUTE = KioskPrincipal.class.getName();
}
