package cn.zwgk.server.request;

import cn.zwgk.core.request.ReplyReason;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.RequestEventType;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The buttons of the actions the lifecycle allows now; each opens a small form and calls the desk. A refusal
 * (illegal transition, missing field) is shown in the dialog and nothing typed is lost.
 */
class RequestActions extends HorizontalLayout {
    private static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    private final ConsoleServices services;
    private final RequestSummary request;
    private final Runnable done;

    RequestActions(ConsoleServices services, RequestSummary request, Set<RequestEventType> allowed, Runnable done) {
        this.services = services;
        this.request = request;
        this.done = done;
        setWrap(true);
        RequestDesk desk = services.requests().desk();
        String id = request.id();
        for (RequestEventType type : RequestEventType.values()) {
            if (!allowed.contains(type)) {
                continue;
            }
            switch (type) {
                case REGISTERED -> {
                    TextField dept = new TextField("承办部门");
                    TextArea note = new TextArea("备注");
                    action(type, "登记后开始办理；答复期限自收到申请的次日起算 20 个工作日。", who -> desk.register(who, id,
                            dept.getValue(), note.getValue()), dept, note);
                }
                case CORRECTION_REQUESTED -> {
                    DatePicker deadline = new DatePicker("补正期限");
                    TextArea what = new TextArea("需要补正的事项（一次性告知）");
                    action(type, "补正应在收到申请之日起 7 个工作日内一次性告知；收到补正材料后，答复期限重新起算 20 个工作日。",
                            who -> desk.requestCorrection(who, id, deadline.getValue(), what.getValue()), deadline, what);
                }
                case CORRECTION_RECEIVED -> {
                    DatePicker on = new DatePicker("收到补正材料的日期", desk.today());
                    TextArea note = new TextArea("备注");
                    action(type, "答复期限自该日次日重新起算。", who -> desk.correctionReceived(who, id, on.getValue(),
                            note.getValue()), on, note);
                }
                case DEEMED_WITHDRAWN -> {
                    TextArea note = new TextArea("说明");
                    action(type, "申请人无正当理由逾期未补正，申请视为撤回。", who -> desk.deemWithdrawn(who, id,
                            note.getValue()), note);
                }
                case THIRD_PARTY_CONSULTATION_STARTED -> {
                    TextField party = new TextField("第三方");
                    action(type, "书面征求第三方意见（第三方 15 个工作日内答复），征求期间不计入答复期限。",
                            who -> desk.startConsultation(who, id, party.getValue()), party);
                }
                case THIRD_PARTY_CONSULTATION_ENDED -> {
                    DatePicker on = new DatePicker("征求意见结束日期", desk.today());
                    TextArea note = new TextArea("第三方意见摘要");
                    action(type, "计时自次日恢复。", who -> desk.endConsultation(who, id, on.getValue(), note.getValue()),
                            on, note);
                }
                case AGENCY_CONSULTATION_STARTED -> {
                    TextField agency = new TextField("征求意见的机关");
                    action(type, "信息由多个机关共同制作的，征求其他机关意见（15 个工作日内答复，逾期视为同意），征求期间不计入答复期限。",
                            who -> desk.startAgencyConsultation(who, id, agency.getValue()), agency);
                }
                case AGENCY_CONSULTATION_ENDED -> {
                    DatePicker on = new DatePicker("征求意见结束日期", desk.today());
                    TextArea note = new TextArea("其他机关意见摘要");
                    action(type, "计时自次日恢复。", who -> desk.endAgencyConsultation(who, id, on.getValue(),
                            note.getValue()), on, note);
                }
                case FEE_NOTIFIED -> {
                    com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> scale =
                            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>("计收方式（二者择一）");
                    scale.setItems("按件计收", "按量计收");
                    scale.setValue("按件计收");
                    com.vaadin.flow.component.textfield.IntegerField earlier =
                            new com.vaadin.flow.component.textfield.IntegerField("该申请人本月此前已申请件数（按件）");
                    earlier.setValue(0);
                    com.vaadin.flow.component.textfield.IntegerField count =
                            new com.vaadin.flow.component.textfield.IntegerField("本申请件数或页数");
                    action(type, "申请数量、频次明显超过合理范围的，按国办函〔2020〕109号计收信息处理费：按件，同一申请人一个自然月内"
                            + "10 件以内免费；按量，30 页以内免费。申请人自收到通知起 20 个工作日内缴费，其间不计入答复期限。",
                            who -> {
                                int n = count.getValue() == null ? 0 : count.getValue();
                                boolean byItem = "按件计收".equals(scale.getValue());
                                int fee = byItem ? cn.zwgk.core.request.FeeSchedule.byItem(
                                        earlier.getValue() == null ? 0 : earlier.getValue(), n)
                                        : cn.zwgk.core.request.FeeSchedule.byVolume(n);
                                return desk.notifyFee(who, id, fee, scale.getValue() + " " + n + (byItem ? " 件" : " 页")
                                        + "，计 " + fee + " 元");
                            }, scale, earlier, count);
                }
                case FEE_PAID -> {
                    DatePicker on = new DatePicker("缴费日期", desk.today());
                    action(type, "计时自次日恢复。", who -> desk.feePaid(who, id, on.getValue(), null), on);
                }
                case FEE_LAPSED -> {
                    TextArea note = new TextArea("说明");
                    action(type, "申请人逾期未缴费，不再处理（年度报告计入“其他处理”）。", who -> desk.feeLapsed(who, id,
                            note.getValue()), note);
                }
                case EXTENDED -> {
                    TextField approver = new TextField("批准人（政府信息公开工作机构负责人）");
                    TextArea reason = new TextArea("延期理由（将告知申请人）");
                    action(type, "延长答复期限最长 20 个工作日，只能延长一次。", who -> desk.extend(who, id,
                            approver.getValue(), reason.getValue()), approver, reason);
                }
                case REPLIED -> reply(desk, id);
                case ARCHIVED -> action(type, "归档后不能再办理。", who -> desk.archive(who, id));
                default -> {
                }
            }
        }
        if (getComponentCount() == 0) {
            add(new Paragraph("此申请已办结，没有可办理的操作。"));
        }
    }

    private void reply(RequestDesk desk, String id) {
        ComboBox<ReplyType> type = new ComboBox<>("答复类型");
        type.setItems(ReplyType.values());
        type.setItemLabelGenerator(ReplyType::label);
        ComboBox<ReplyReason> reason = new ComboBox<>("理由");
        reason.setItemLabelGenerator(ReplyReason::label);
        reason.setEnabled(false);
        type.addValueChangeListener(e -> {
            reason.clear();
            boolean needs = e.getValue() != null && e.getValue().needsReason();
            reason.setEnabled(needs);
            reason.setItems(needs ? ReplyReason.of(e.getValue()) : java.util.List.of());
        });
        AtomicReference<byte[]> document = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> document.set(bytes)));
        upload.setMaxFileSize(MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", ".ofd", ".doc", ".docx");
        upload.setMaxFiles(1);
        upload.setI18n(cn.zwgk.server.console.UploadTexts.chinese("答复文书（PDF、OFD 或 Word）",
                (int) (MAX_DOCUMENT_BYTES / 1024 / 1024)));
        upload.addFileRejectedListener(e -> cn.zwgk.server.console.Messages.showError(new IllegalArgumentException(
                "答复文书只能是 PDF、OFD 或 Word 文件，最大 " + MAX_DOCUMENT_BYTES / 1024 / 1024 + " MB")));
        TextArea note = new TextArea("答复要点 / 获取方式说明");
        action(RequestEventType.REPLIED, "答复类型按《政府信息公开条例》第三十六条；不予公开、无法提供、不予处理须选择理由。",
                who -> desk.reply(who, id, type.getValue(), reason.getValue(), document.get(), note.getValue()),
                type, reason, upload, note);
    }

    private void action(RequestEventType type, String explanation, Function<StaffSession, RequestSummary> act,
            Component... fields) {
        Button open = new Button(type.label(), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(type.label() + " · " + request.trackingCode());
            FormLayout form = new FormLayout(fields);
            dialog.add(new Paragraph(explanation), form);
            Button confirm = new Button("确认" + type.label(), x -> {
                try {
                    act.apply(ConsoleSession.require());
                    dialog.close();
                    Messages.showDone(type.label() + "已记录");
                    done.run();
                } catch (RuntimeException refused) {
                    Messages.showError(refused);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button("取消", x -> dialog.close()), confirm);
            dialog.open();
        });
        if (type == RequestEventType.REPLIED || type == RequestEventType.REGISTERED) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        add(open);
    }
}
