package cn.zwgk.server.security;

import cn.zwgk.core.ZwgkException;

/** An enrolment was refused: the message says why, in words a kiosk can show staff. */
public class EnrolmentException extends ZwgkException {
    public EnrolmentException(String message) {
        super(message);
    }
}
