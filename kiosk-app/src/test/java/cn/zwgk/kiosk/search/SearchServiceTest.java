package cn.zwgk.kiosk.search;

import static cn.zwgk.kiosk.search.SearchFixture.TODAY;
import static cn.zwgk.kiosk.search.SearchFixture.document;
import static cn.zwgk.kiosk.search.SearchFixture.item;
import static cn.zwgk.kiosk.search.SearchFixture.notice;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.kiosk.search.SearchResults.Status;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a real kiosk Derby store and a real Lucene index on disk. */
class SearchServiceTest {
    static final CatalogueItem PENSION = item("城乡居民基本养老保险待遇申领", "年满60周岁的参保人员可以申领养老金。");
    static final CatalogueItem INSURANCE = item("社会保险", "社会保险登记、缴费和待遇的办理指南。");
    static final CatalogueItem INSURANCE_TRAD = item("社會保險費繳納標準", "本區社會保險繳費基數和比例。");
    static final CatalogueItem CONTENT_ONLY = item("灵活就业人员参保缴费", "可按月缴纳社会保险费，也可以按年缴纳。");
    static final CatalogueItem LOW_INCOME = item("最低生活保障审批", "低保对象的认定条件和审批程序。", "civil-affairs",
            document("城政办发〔2024〕12号", "000014349/2024-00222"));

    @TempDir
    Path dir;
    SearchFixture kiosk;

    @BeforeEach
    void open() {
        kiosk = new SearchFixture(dir);
        kiosk.put(PENSION, INSURANCE, INSURANCE_TRAD, CONTENT_ONLY, LOW_INCOME);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private static List<String> names(SearchResults results) {
        return results.hits().stream().map(h -> h.title().text()).toList();
    }

    @Nested
    class Finding {
        @Test
        void simplifiedFindsTraditionalAndBack() throws Exception {
            SearchService search = kiosk.start();

            assertThat(names(search.search("社会保险"))).contains("社會保險費繳納標準");
            assertThat(names(search.search("社會保險"))).contains("社会保险", "灵活就业人员参保缴费");
        }

        @Test
        void anExactNameComesFirstThenNamesThenContent() throws Exception {
            SearchService search = kiosk.start();

            SearchResults results = search.search("社会保险");

            assertThat(results.status()).isEqualTo(Status.FOUND);
            assertThat(names(results)).startsWith("社会保险", "社會保險費繳納標準");
            assertThat(names(results).getLast()).isEqualTo("灵活就业人员参保缴费");
        }

        @Test
        void theExactNameInTraditionalAlsoComesFirst() throws Exception {
            assertThat(names(kiosk.start().search("社會保險")).getFirst()).isEqualTo("社会保险");
        }

        @Test
        void oneCharacterIsEnough() throws Exception {
            assertThat(names(kiosk.start().search("审"))).containsExactly("最低生活保障审批");
        }

        @Test
        void documentNumbersAndIndexNumbersAreSearched() throws Exception {
            SearchService search = kiosk.start();

            SearchResults byNumber = search.search("〔2024〕12号");
            assertThat(names(byNumber)).containsExactly("最低生活保障审批");
            assertThat(byNumber.hits().getFirst().snippet().text()).isEqualTo("城政办发〔2024〕12号");
            assertThat(byNumber.hits().getFirst().snippet().hasMatches()).isTrue();
            assertThat(names(search.search("000014349/2024-00222"))).containsExactly("最低生活保障审批");
        }

        @Test
        void pinyinInitialsFindNamesFromTheStartOrInside() throws Exception {
            SearchService search = kiosk.start();

            assertThat(names(search.search("SHBX"))).startsWith("社会保险", "社會保險費繳納標準");
            SearchResults inside = search.search("jbyl");
            assertThat(names(inside)).containsExactly("城乡居民基本养老保险待遇申领");
            assertThat(inside.hits().getFirst().title().ranges()).containsExactly(new Highlighted.Range(4, 8));
        }

        @Test
        void resultsCarryTheDomainNameAndMarkedText() throws Exception {
            SearchHit hit = kiosk.start().search("低保").hits().getFirst();

            assertThat(hit.group()).isEqualTo("民政");
            assertThat(hit.kind()).isEqualTo("ITEM");
            assertThat(hit.target()).isEqualTo(SearchHit.Target.ITEM);
            assertThat(hit.snippet().ranges()).containsExactly(new Highlighted.Range(0, 2));
        }

        @Test
        void nothingFoundSaysSo() throws Exception {
            SearchResults results = kiosk.start().search("宇宙飞船");

            assertThat(results.status()).isEqualTo(Status.NOT_FOUND);
            assertThat(results.hits()).isEmpty();
        }
    }

    @Nested
    class Notices {
        @Test
        void onlyNoticesOfThisSiteOrAboveAndInsideTheirPeriodAreFound() throws Exception {
            Notice current = notice(SearchFixture.SITE, "低保对象名单公示", "公示低保对象名单。", TODAY.minusDays(3),
                    TODAY.plusDays(4), NoticeStatus.PUBLISHED);
            Notice street = notice(SearchFixture.STREET, "街道低保复核公示", "复核结果。", TODAY, null,
                    NoticeStatus.PUBLISHED);
            Notice expired = notice(SearchFixture.SITE, "往年低保名单", "已过期。", TODAY.minusDays(30),
                    TODAY.minusDays(1), NoticeStatus.PUBLISHED);
            Notice future = notice(SearchFixture.SITE, "明年低保计划", "尚未开始。", TODAY.plusDays(1), null,
                    NoticeStatus.PUBLISHED);
            Notice otherSite = notice(SearchFixture.OTHER_SITE, "东四低保名单", "别的社区。", TODAY, null,
                    NoticeStatus.PUBLISHED);
            Notice withdrawn = notice(SearchFixture.SITE, "撤回的低保公示", "已撤回。", TODAY, null,
                    NoticeStatus.WITHDRAWN);
            kiosk.put(current, street, expired, future, otherSite, withdrawn);

            SearchResults results = kiosk.start().search("低保");

            assertThat(names(results)).contains("低保对象名单公示", "街道低保复核公示", "最低生活保障审批")
                    .doesNotContain("往年低保名单", "明年低保计划", "东四低保名单", "撤回的低保公示");
            SearchHit hit = results.hits().stream().filter(h -> h.id().equals(current.id())).findFirst().orElseThrow();
            assertThat(hit.target()).isEqualTo(SearchHit.Target.NOTICE);
            assertThat(hit.group()).isEqualTo("公示");
        }
    }

    @Nested
    class FollowingTheSync {
        @Test
        void aCommittedPageUpdatesTheIndexWithUpsertsAndDeletes() throws Exception {
            SearchService search = kiosk.start();
            CatalogueItem renamed = item("最低生活保障审批", "改为线上办理。", "civil-affairs", null);
            CatalogueItem added = item("高龄津贴申领", "80周岁以上老人可申领高龄津贴。", "civil-affairs", null);
            Notice notice = notice(SearchFixture.SITE, "高龄津贴发放公示", "本月发放名单。", TODAY, null,
                    NoticeStatus.PUBLISHED);

            kiosk.sync(List.of(kiosk.upsert(added), kiosk.upsert(notice), kiosk.deleteItem(PENSION.id())));

            assertThat(names(search.search("高龄津贴"))).containsExactlyInAnyOrder("高龄津贴申领", "高龄津贴发放公示");
            assertThat(search.search("养老保险").status()).isEqualTo(Status.NOT_FOUND);

            kiosk.sync(List.of(kiosk.upsert(renamed)));
            assertThat(search.search("线上办理").hits()).extracting(SearchHit::id).containsExactly(renamed.id());
            assertThat(search.search("认定条件").status()).isEqualTo(Status.NOT_FOUND);
        }

        @Test
        void aWithdrawnNoticeLeavesTheIndex() throws Exception {
            SearchService search = kiosk.start();
            Notice notice = notice(SearchFixture.SITE, "停水通知", "周六停水。", TODAY, null, NoticeStatus.PUBLISHED);
            kiosk.sync(List.of(kiosk.upsert(notice)));
            assertThat(names(search.search("停水"))).containsExactly("停水通知");

            Notice withdrawn = notice(SearchFixture.SITE, "停水通知", "周六停水。", TODAY, null, NoticeStatus.WITHDRAWN);
            kiosk.sync(List.of(kiosk.upsert(withdrawn)));

            assertThat(search.search("停水").status()).isEqualTo(Status.NOT_FOUND);
        }

        @Test
        void anIndexThatFellBehindIsRebuiltAtStartUp() throws Exception {
            kiosk.start();
            kiosk.stop();
            CatalogueItem missed = item("残疾人两项补贴", "困难残疾人生活补贴。", "civil-affairs", null);
            kiosk.put(missed); // written while the index was closed: counts no longer agree

            SearchService search = kiosk.start();

            assertThat(kiosk.indexer.startProblem()).contains("holds 5 documents, the store 6");
            assertThat(names(search.search("残疾人"))).containsExactly("残疾人两项补贴");
        }
    }

    @Nested
    class BrokenIndex {
        @Test
        void aMissingIndexIsBuiltFromTheStore() throws Exception {
            assertThat(kiosk.indexDir()).doesNotExist();

            assertThat(names(kiosk.start().search("低保"))).containsExactly("最低生活保障审批");
        }

        @Test
        void aTruncatedSegmentFileIsDetectedAndTheIndexRebuilt() throws Exception {
            kiosk.start();
            kiosk.stop();
            Path segment = largestFile(kiosk.indexDir());
            try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
                file.setLength(file.length() / 2);
            }

            SearchService search = kiosk.start();

            assertThat(kiosk.indexer.startProblem()).contains("cannot be read");
            assertThat(kiosk.indexer.state()).isEqualTo(SearchIndexer.State.READY);
            assertThat(names(search.search("社会保险"))).hasSize(3);
        }

        @Test
        void garbageInPlaceOfTheIndexIsReplaced() throws Exception {
            kiosk.start();
            kiosk.stop();
            try (Stream<Path> files = Files.list(kiosk.indexDir())) {
                for (Path file : files.toList()) {
                    Files.writeString(file, "not an index");
                }
            }

            SearchService search = kiosk.start();

            assertThat(kiosk.indexer.startProblem()).contains("cannot be read");
            assertThat(names(search.search("低保"))).containsExactly("最低生活保障审批");
        }

        @Test
        void anIndexOfAnotherSchemaVersionIsRebuilt() throws Exception {
            kiosk.start();
            kiosk.stop();
            try (var directory = org.apache.lucene.store.FSDirectory.open(kiosk.indexDir());
                    var writer = new org.apache.lucene.index.IndexWriter(directory,
                            new org.apache.lucene.index.IndexWriterConfig())) {
                writer.setLiveCommitData(java.util.Map.of("zwgk.search.schema", "0").entrySet());
                writer.commit();
            }

            SearchService search = kiosk.start();

            assertThat(kiosk.indexer.startProblem()).contains("schema version 0");
            assertThat(names(search.search("低保"))).containsExactly("最低生活保障审批");
        }

        @Test
        void whileTheIndexIsNotReadySearchAnswersFromTheStore() {
            SearchIndexer notStarted = new SearchIndexer(kiosk.indexDir(), kiosk.database, kiosk.store);
            SearchService search = new SearchService(kiosk.database, kiosk.store, notStarted, SearchFixture.SITE,
                    SearchFixture.CLOCK, SearchFixture.ZONE);

            SearchResults results = search.search("社会保险");

            assertThat(results.status()).isEqualTo(Status.PREPARING);
            assertThat(names(results)).containsExactly("社会保险");
            notStarted.close();
        }

        private static Path largestFile(Path dir) throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                        .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
            }
        }
    }

    @Nested
    class BadInput {
        @Test
        void twoThousandCharactersAreCutAndStillSearched() throws Exception {
            SearchResults results = kiosk.start().search("社会保险".repeat(500));

            assertThat(results.truncated()).isTrue();
            assertThat(results.query()).hasSize(SearchQuery.MAX_LENGTH);
            assertThat(results.status()).isIn(Status.FOUND, Status.NOT_FOUND);
        }

        @Test
        void emojiSqlAndHtmlAreHarmless() throws Exception {
            SearchService search = kiosk.start();

            assertThat(search.search("😀😀").status()).isEqualTo(Status.NOTHING_SEARCHABLE);
            assertThat(search.search("' OR 1=1 --").status()).isEqualTo(Status.NOT_FOUND);
            assertThat(search.search("<script>alert('x')</script>").status()).isEqualTo(Status.NOT_FOUND);
            assertThat(search.search("低保😀").hits()).isNotEmpty();
            assertThat(search.search("*").status()).isEqualTo(Status.NOTHING_SEARCHABLE);
            assertThat(search.search("   ").status()).isEqualTo(Status.EMPTY);
            assertThat(search.search(null).status()).isEqualTo(Status.EMPTY);
        }

        @Test
        void likeWildcardsInTheFallbackAreLiteral() {
            SearchIndexer notStarted = new SearchIndexer(kiosk.indexDir(), kiosk.database, kiosk.store);
            SearchService search = new SearchService(kiosk.database, kiosk.store, notStarted, SearchFixture.SITE,
                    SearchFixture.CLOCK, SearchFixture.ZONE);

            assertThat(search.search("社会%").hits()).isEmpty();
            assertThat(search.search("社_保险").hits()).isEmpty();
            assertThat(search.search("社会保险").hits()).isNotEmpty();
            notStarted.close();
        }
    }

    @Nested
    class Popular {
        @Test
        void beforeEnoughViewsTheFirstItemsOfTheLargestDomainsAreSuggested() throws Exception {
            SearchService search = kiosk.start();
            search.recordView(LOW_INCOME.id());

            assertThat(search.popularItems(2)).extracting(SearchStore.PopularItem::domainCode)
                    .containsExactly("social-insurance", "civil-affairs");
        }

        @Test
        void anItemViewedOftenEnoughComesFirst() throws Exception {
            SearchService search = kiosk.start();
            for (int i = 0; i < SearchService.MIN_VIEWS_TO_SUGGEST; i++) {
                search.recordView(LOW_INCOME.id());
            }

            assertThat(search.popularItems(3).getFirst().id()).isEqualTo(LOW_INCOME.id());
        }
    }
}
