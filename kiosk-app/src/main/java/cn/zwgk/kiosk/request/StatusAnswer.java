package cn.zwgk.kiosk.request;

import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.RequestState;
import java.time.Duration;
import java.time.LocalDate;

/** What the status screen may say for a code and four digits; nothing at all unless both fit. */
sealed interface StatusAnswer {

    record BadCode() implements StatusAnswer {
    }

    record BadDigits() implements StatusAnswer {
    }

    /** The same answer for an unknown code and for wrong digits: a guess learns nothing. */
    record NotFound() implements StatusAnswer {
    }

    record TooManyForCode(Duration retryIn) implements StatusAnswer {
    }

    record TooManyOverall(Duration retryIn) implements StatusAnswer {
    }

    /** Filed here and not yet acknowledged by the server. */
    record WaitingForUpload(String trackingCode, LocalDate receivedOn, LocalDate dueDate, boolean dueProvisional) implements StatusAnswer {
    }

    /** Acknowledged by the server; the desk's status has not come down yet. */
    record Uploaded(String trackingCode, LocalDate receivedOn, LocalDate dueDate, boolean dueProvisional) implements StatusAnswer {
    }

    /**
     * The desk's status as synced down.
     *
     * @param delivery     known when the request was filed at this kiosk, else null
     * @param howToCollect the desk's own words, used when {@code delivery} is unknown
     */
    record FromDesk(String trackingCode, RequestState state, LocalDate receivedOn, LocalDate dueDate, boolean dueProvisional,
            ReplyType replyType, DeliveryMethod delivery, String howToCollect) implements StatusAnswer {
    }
}
