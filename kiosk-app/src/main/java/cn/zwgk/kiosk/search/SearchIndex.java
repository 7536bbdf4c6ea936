package cn.zwgk.kiosk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk: one writer, near-real-time searchers, a schema version in each commit.
 * {@link #open} always returns a usable index: when the files are missing, unreadable, corrupt or of
 * another schema version it starts an empty one and says so in {@link #openedFresh()}, and the caller
 * rebuilds it from Derby. Thread-safe.
 */
final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String SCHEMA_KEY = "zwgk.search.schema";

    /** One stored document of a search answer, by field name. */
    record Hit(Map<String, String> fields, float score) {
        String get(String field) {
            return fields.getOrDefault(field, "");
        }
    }

    /** The best hits and how many matched in all ({@code atLeast}: counting stopped at {@code total}). */
    record Page(List<Hit> hits, long total, boolean atLeast) {
    }

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String openProblem;

    private SearchIndex(Path path, Directory directory, IndexWriter writer, String openProblem) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.openProblem = openProblem;
    }

    static SearchIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            String problem = problemOf(directory);
            if (problem != null) {
                LOG.warn("search index at {} {}: starting an empty one", path, problem);
                wipe(path);
            }
            IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzer.forIndex())
                    .setOpenMode(problem == null ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(32);
            IndexWriter writer = new IndexWriter(directory, config);
            if (problem != null) {
                commit(writer);
            }
            return new SearchIndex(path, directory, writer, problem);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Why the index on disk cannot be used as it is, or null when it can. */
    private static String problemOf(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return "is missing";
            }
            SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
            String schema = infos.getUserData().get(SCHEMA_KEY);
            if (!SearchDocuments.SCHEMA_VERSION.equals(schema)) {
                return "has schema version " + schema + ", not " + SearchDocuments.SCHEMA_VERSION;
            }
            // Opening a reader verifies every segment's header and footer (checksum structure): a
            // truncated or overwritten file fails here rather than in the middle of a resident's search.
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.numDocs();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot be read (" + e + ")";
        }
    }

    private static void wipe(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Null when the index on disk was good at opening; else why it was started empty. */
    String openedFresh() {
        return openProblem;
    }

    long docCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Upserts and deletes by id, committed and visible to searches when this returns. */
    void apply(List<Document> upserts, List<String> deletes) throws IOException {
        for (String id : deletes) {
            writer.deleteDocuments(new Term(SearchDocuments.ID, id));
        }
        for (Document doc : upserts) {
            writer.updateDocument(new Term(SearchDocuments.ID, doc.get(SearchDocuments.ID)), doc);
        }
        commit(writer);
        searchers.maybeRefreshBlocking();
    }

    /**
     * Replaces the whole content: {@code fill} adds every document through the given sink. Searches see
     * the old content until the new one is committed.
     */
    void replaceAll(DocumentSource fill) throws IOException {
        writer.deleteAll();
        try {
            fill.addAll(doc -> {
                try {
                    writer.addDocument(doc);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            writer.rollback();
            throw e.getCause();
        } catch (RuntimeException e) {
            writer.rollback();
            throw e;
        }
        commit(writer);
        searchers.maybeRefreshBlocking();
    }

    /** Produces the documents of a rebuild. */
    @FunctionalInterface
    interface DocumentSource {
        void addAll(java.util.function.Consumer<Document> sink);
    }

    Page search(Query query, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, limit);
            var stored = searcher.storedFields();
            List<Hit> hits = new java.util.ArrayList<>();
            for (var scoreDoc : top.scoreDocs) {
                Map<String, String> fields = new java.util.HashMap<>();
                for (var field : stored.document(scoreDoc.doc).getFields()) {
                    if (field.stringValue() != null) {
                        fields.put(field.name(), field.stringValue());
                    }
                }
                hits.add(new Hit(fields, scoreDoc.score));
            }
            return new Page(hits, top.totalHits.value(),
                    top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Bytes of the index files on disk. */
    long sizeOnDisk() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    Path path() {
        return path;
    }

    private static void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SearchDocuments.SCHEMA_VERSION).entrySet());
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            try {
                searchers.close();
            } finally {
                if (writer.isOpen()) {
                    writer.close();
                }
            }
        }
    }
}
