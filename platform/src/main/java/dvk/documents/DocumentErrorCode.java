package dvk.documents;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

enum DocumentErrorCode implements ErrorCode {
    MISSING_ISSUING_BODY(
            "document-issuing-body-missing", "Thiếu tên cơ quan ban hành.", "The issuing body is missing."),
    MISSING_SIGNER_TITLE("document-signer-title-missing", "Thiếu chức vụ người ký.", "The signer's title is missing."),
    BAN_SIGNING_LINE(
            "document-ban-signing-line",
            "Văn bản của Ban ký \"TRƯỞNG BAN\", hoặc \"K/T TRƯỞNG BAN\" "
                    + "với chức vụ \"PHÓ TRƯỞNG BAN\"; \"T/M BAN THƯỜNG VỤ\" là của văn bản cấp ủy.",
            "A Ban's document is signed \"TRƯỞNG BAN\", or \"K/T TRƯỞNG BAN\" with the title \"PHÓ TRƯỞNG BAN\"; "
                    + "\"T/M BAN THƯỜNG VỤ\" belongs to a Party committee's document."),
    COMMITTEE_SIGNING_LINE(
            "document-committee-signing-line",
            "Văn bản ký \"T/M\" cấp ủy do Bí thư hoặc " + "Phó Bí thư ký.",
            "A document signed on behalf of a Party committee is signed by its Bí thư or " + "Phó Bí thư.");

    private final ErrorText text;

    DocumentErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
