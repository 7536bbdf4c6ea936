package cn.zwgk.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.catalogue.Domain;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePageTest {
    static Change domain(long seq, String code) {
        return Change.upsert(seq, RecordType.DOMAIN, code, SyncJson.tree(new Domain(code, "社会保险", 1)));
    }

    @Test
    void aPageThatContinuesFromTheCheckpointIsAccepted() {
        ChangePage page = new ChangePage(1, 10, 12, 40, true, List.of(domain(11, "a"), domain(12, "b")), null);
        page.requireContinues(10);
    }

    @Test
    void aScopedPageMayEndAfterItsLastChangeButNotBeforeNorAfterTheLog() {
        new ChangePage(1, 7, 7, 7, false, List.of(), null).requireContinues(7);
        // other sites' records between 8 and 9 were skipped: the kiosk moves past them
        new ChangePage(1, 7, 9, 9, false, List.of(), null).requireContinues(7);
        new ChangePage(1, 10, 15, 20, true, List.of(domain(11, "a")), null).requireContinues(10);
        assertThatThrownBy(() -> new ChangePage(1, 7, 9, 8, false, List.of(), null).requireContinues(7))
                .isInstanceOf(SyncProtocolException.class).hasMessageContaining("after the server's latest 8");
        assertThatThrownBy(() -> new ChangePage(1, 10, 11, 40, false, List.of(domain(11, "a"), domain(12, "b")),
                null).requireContinues(10)).hasMessageContaining("not after 11");
    }

    @Test
    void aPageForAnotherSiteIsRefused() {
        ChangePage page = new ChangePage(1, 0, 0, 0, false, List.of(), null, "110199001001", null);
        page.requireScope("110199001001");
        assertThatThrownBy(() -> page.requireScope("110199002001")).hasMessageContaining("page is for site 110199001001");
    }

    @Test
    void aGapOrReplayIsRefused() {
        ChangePage page = new ChangePage(1, 10, 12, 40, true, List.of(domain(11, "a"), domain(12, "b")), null);
        assertThatThrownBy(() -> page.requireContinues(8)).hasMessageContaining("checkpoint is 8");
        assertThatThrownBy(() -> page.requireContinues(12)).hasMessageContaining("checkpoint is 12");
    }

    @Test
    void outOfOrderOrOutOfRangeChangesAreRefused() {
        assertThatThrownBy(() -> new ChangePage(1, 10, 12, 40, false, List.of(domain(12, "a"), domain(11, "b")), null)
                .requireContinues(10)).hasMessageContaining("not after 12");
        assertThatThrownBy(() -> new ChangePage(1, 10, 10, 40, false, List.of(domain(10, "a")), null)
                .requireContinues(10)).hasMessageContaining("not after 10");
    }

    @Test
    void anUpsertWithoutPayloadOrAnotherProtocolVersionIsRefused() {
        Change empty = new Change(11, RecordType.DOMAIN, "a", ChangeOp.UPSERT, null);
        assertThatThrownBy(() -> new ChangePage(1, 10, 11, 11, false, List.of(empty), null).requireContinues(10))
                .hasMessageContaining("no payload");
        assertThatThrownBy(() -> new ChangePage(2, 10, 10, 10, false, List.of(), null).requireContinues(10))
                .hasMessageContaining("unsupported protocol version 2");
    }

    @Test
    void aPageSurvivesTheJsonRoundTrip() {
        ChangePage page = new ChangePage(1, 0, 2, 2, false,
                List.of(domain(1, "a"), Change.delete(2, RecordType.CATALOGUE_ITEM, "x")), null);
        ChangePage back = SyncJson.read(SyncJson.writeBytes(page), ChangePage.class);
        assertThat(back).isEqualTo(page);
        assertThat(SyncJson.convert(back.changes().getFirst().payload(), Domain.class))
                .isEqualTo(new Domain("a", "社会保险", 1));
    }
}
