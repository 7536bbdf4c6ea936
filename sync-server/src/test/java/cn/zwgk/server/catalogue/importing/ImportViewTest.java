package cn.zwgk.server.catalogue.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.console.ConsoleViewTest;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import page: its upload widget speaks Chinese and takes every format the import reads. */
class ImportViewTest extends ConsoleViewTest {
    private static final StaffSession EDITOR = new StaffSession("editor2", "目录编辑", Set.of(Role.CATALOGUE_EDITOR), null);

    @Test
    void theUploadWidgetSpeaksChineseAndTakesXlsxXlsDocxAndCsv() {
        actAs(EDITOR);
        navigate(ImportView.class);
        Upload upload = $(Upload.class).single();
        UploadI18N texts = upload.getI18n();

        assertThat(texts.getDropFiles().getOne()).isEqualTo("把文件拖到这里");
        assertThat(texts.getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(texts.getError().getIncorrectFileType()).contains(".xls", ".docx", "CSV");
        assertThat(texts.getError().getFileIsTooBig()).contains("20 MB");
        assertThat(texts.getUploading().getError().getServerUnavailable()).doesNotContainPattern("[A-Za-z]{4,}");
        assertThat(upload.getAcceptedFileTypes()).containsExactly(".xlsx", ".xls", ".docx", ".csv");
    }
}
