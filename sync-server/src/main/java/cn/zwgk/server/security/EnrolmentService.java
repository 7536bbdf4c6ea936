package cn.zwgk.server.security;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.PageSigner;
import cn.zwgk.server.site.SiteStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Enrolment and credentials of kiosks: one-time codes issued by the central office, a credential per
 * kiosk (stored hashed, rotatable, revocable), and authentication of every sync call.
 */
public final class EnrolmentService {
    public static final Duration DEFAULT_CODE_VALIDITY = Duration.ofDays(7);
    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Database database;
    private final EnrolmentStore store = new EnrolmentStore();
    private final SiteStore sites;
    private final PageSigner signer;
    private final Clock clock;
    /** Recently verified credentials, so that every page does not cost a database read; cleared on change. */
    private final java.util.concurrent.ConcurrentHashMap<String, CachedPrincipal> verified =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private record CachedPrincipal(KioskPrincipal principal, Instant until) {
    }

    public EnrolmentService(Database database, SiteStore sites, PageSigner signer, Clock clock) {
        this.database = database;
        this.sites = sites;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * SHA-256 of the central public key a kiosk pins when it enrols, shown beside every code so the installer
     * can check it ({@code kiosk.sh --server-key-sha256}).
     */
    public String keyFingerprint() {
        return cn.zwgk.core.sync.SigningKeys.fingerprint(cn.zwgk.core.sync.SigningKeys.decodePublic(signer.publicKey()));
    }

    /** A new one-time code that enrols one new kiosk for {@code siteCode}; only its hash is stored. */
    public String issueCode(String siteCode, Duration validity) {
        return issue(siteCode, validity, null);
    }

    /**
     * A one-time code that re-enrols the revoked kiosk {@code kioskId} (e.g. a replaced machine keeping its name),
     * for {@code siteCode}, or its old site when null. Refused for an unknown or still active kiosk: revoke first.
     */
    public String issueReenrolmentCode(String kioskId, String siteCode, Duration validity) {
        var row = database.inTransaction(c -> store.credential(c, kioskId))
                .orElseThrow(() -> new EnrolmentException("终端 " + kioskId + " 不存在，新终端请使用普通登记码"));
        if (!"REVOKED".equals(row.status())) {
            throw new EnrolmentException("终端 " + kioskId + " 仍在使用中：请先吊销它，再生成重新登记码");
        }
        return issue(siteCode != null ? siteCode : row.siteCode(), validity, kioskId);
    }

    private String issue(String siteCode, Duration validity, String kioskId) {
        String code = Secrets.enrolmentCode();
        Instant now = clock.instant();
        database.useTransaction(c -> {
            if (!sites.codes(c).contains(siteCode)) {
                throw new EnrolmentException("站点 " + siteCode + " 不存在，无法生成登记码");
            }
            store.insertCode(c, Secrets.sha256(Secrets.normalizeCode(code)), siteCode, Timestamp.from(now),
                    Timestamp.from(now.plus(validity)), kioskId);
        });
        return code;
    }

    /** Uses a code: the kiosk gets its credential and the key to pin. The code cannot be used again. */
    public Enrolment enrol(String code, String requestedId) {
        return enrol(code, requestedId, null);
    }

    /**
     * As {@link #enrol(String, String)}, refusing (code unused) when {@code expectedSite} is given and differs.
     * A code for a new kiosk never takes an existing id (active: that would take over a running kiosk, whose id
     * is no secret; revoked: only a re-enrolment code issued for that id brings it back).
     */
    public Enrolment enrol(String code, String requestedId, String expectedSite) {
        String codeHash = Secrets.sha256(Secrets.normalizeCode(code));
        String token = Secrets.token();
        Instant now = clock.instant();
        return database.inTransaction(c -> {
            EnrolmentStore.CodeRow row = store.findCode(c, codeHash)
                    .orElseThrow(() -> new EnrolmentException("登记码无效，请核对后重新输入"));
            if (row.usedAt() != null) {
                throw new EnrolmentException("登记码已被使用，请向中心申请新的登记码");
            }
            if (row.expiresAt().toInstant().isBefore(now)) {
                throw new EnrolmentException("登记码已过期，请向中心申请新的登记码");
            }
            if (expectedSite != null && !expectedSite.equals(row.siteCode())) {
                throw new EnrolmentException("登记码是为站点 " + row.siteCode() + " 生成的，本终端配置的站点是 " + expectedSite
                        + "。请核对终端的站点设置，或向中心申请本站点的登记码（登记码仍可使用）");
            }
            String kioskId = kioskIdFor(row, requestedId);
            String hash = Secrets.sha256(token);
            Optional<String> existing = store.kioskStatus(c, kioskId);
            if (row.kioskId() != null) {
                if (!existing.map("REVOKED"::equals).orElse(false)) {
                    throw new EnrolmentException("终端 " + kioskId + " 未吊销，重新登记码不能使用（登记码仍可使用）");
                }
                forget(kioskId);
                store.reenrolKiosk(c, kioskId, row.siteCode(), hash, Timestamp.from(now));
            } else if (existing.isPresent()) {
                throw new EnrolmentException("ACTIVE".equals(existing.get())
                        ? "终端编号 " + kioskId + " 已在使用中，不能再次登记。更换这台终端：请中心先吊销它，再为它生成重新登记码（登记码仍可使用）"
                        : "终端 " + kioskId + " 已吊销，重新登记需要中心为它生成的重新登记码（登记码仍可使用）");
            } else {
                store.insertKiosk(c, kioskId, row.siteCode(), hash, Timestamp.from(now));
            }
            store.useCode(c, codeHash, kioskId, Timestamp.from(now));
            return new Enrolment(kioskId, kioskId + "." + token, row.siteCode(), signer.publicKey(), signer.keyId());
        });
    }

    /** The id a code enrols: a re-enrolment code's own; else the requested one if well-formed, or a new one. */
    private static String kioskIdFor(EnrolmentStore.CodeRow row, String requestedId) {
        if (row.kioskId() != null) {
            if (requestedId != null && !requestedId.equals(row.kioskId())) {
                throw new EnrolmentException("登记码是为终端 " + row.kioskId() + " 生成的，本终端编号是 " + requestedId
                        + "（登记码仍可使用）");
            }
            return row.kioskId();
        }
        return requestedId != null && KIOSK_ID.matcher(requestedId).matches() ? requestedId
                : "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The kiosk behind a bearer token, if the token is current and the kiosk active. */
    public Optional<KioskPrincipal> authenticate(String bearerToken) {
        if (bearerToken == null) {
            return Optional.empty();
        }
        int dot = bearerToken.indexOf('.');
        if (dot <= 0 || dot == bearerToken.length() - 1) {
            return Optional.empty();
        }
        String kioskId = bearerToken.substring(0, dot);
        String hash = Secrets.sha256(bearerToken.substring(dot + 1));
        Instant now = clock.instant();
        CachedPrincipal cached = verified.get(hash);
        if (cached != null && cached.until().isAfter(now) && cached.principal().kioskId().equals(kioskId)) {
            return Optional.of(cached.principal());
        }
        Optional<KioskPrincipal> principal = database.inTransaction(c -> store.credential(c, kioskId))
                .filter(row -> "ACTIVE".equals(row.status()) && Secrets.sameHash(row.hash(), hash))
                .map(row -> new KioskPrincipal(kioskId, row.siteCode()));
        principal.ifPresent(p -> verified.put(hash, new CachedPrincipal(p, now.plus(CACHE_FOR))));
        return principal;
    }

    /** A new credential for an authenticated kiosk; the old one stops working at once. */
    public String rotate(KioskPrincipal kiosk) {
        String token = Secrets.token();
        int updated = database.inTransaction(c -> store.setCredential(c, kiosk.kioskId(), Secrets.sha256(token)));
        // after the update: a check that read the old row meanwhile may have cached it
        forget(kiosk.kioskId());
        if (updated != 1) {
            throw new EnrolmentException("终端 " + kiosk.kioskId() + " 已停用，无法更换凭据");
        }
        return kiosk.kioskId() + "." + token;
    }

    /**
     * Drops cached verifications of a kiosk on this node. (Another node sharing the database notices a
     * revocation within {@link #CACHE_FOR}.)
     */
    private void forget(String kioskId) {
        verified.values().removeIf(c -> c.principal().kioskId().equals(kioskId));
    }

    /** Revokes a kiosk: its credential stops working at once. False when no such kiosk. */
    public boolean revoke(String kioskId) {
        forget(kioskId);
        return database.inTransaction(c -> store.revoke(c, kioskId, Timestamp.from(clock.instant()))) == 1;
    }
}
