#pragma once
// MemberImportReportDialog: the rows a member import refused, line by line with the reason, and
// whether the good rows were imported. The import report dialog with the members' wording.

#include "backoffice/ImportReportDialog.h"
#include "members/MemberImport.h"

namespace patron::ui {

class MemberImportReportDialog : public ImportReportDialog {
    Q_OBJECT
public:
    MemberImportReportDialog(const MemberImportReport& report, QWidget* parent = nullptr);
};

} // namespace patron::ui
