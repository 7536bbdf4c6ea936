package cn.zwgk.server.console;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The texts of Vaadin's upload widget in Chinese (its own are English: "Upload File...", "Drop file here"). */
public final class UploadTexts {
    private UploadTexts() {
    }

    /** For an upload of one file of the kinds {@code kinds} (e.g. "Excel、Word 或 CSV 文件"), at most {@code maxMb} MB. */
    public static UploadI18N chinese(String kinds, int maxMb) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne("把文件拖到这里").setMany("把文件拖到这里"))
                .setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"))
                .setError(new UploadI18N.Error().setTooManyFiles("一次只能上传一个文件。")
                        .setFileIsTooBig("文件太大，最大 " + maxMb + " MB。")
                        .setIncorrectFileType("只能上传" + kinds + "。"))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("已暂停")
                                .setProcessing("正在处理…").setHeld("排队中"))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：")
                                .setUnknown("剩余时间未知"))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable("上传失败，请稍后再试。")
                                .setUnexpectedServerError("上传失败（服务器出错），请稍后再试。")
                                .setForbidden("没有上传权限。").setFileTooLarge("文件太大，最大 " + maxMb + " MB。")))
                .setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }
}
