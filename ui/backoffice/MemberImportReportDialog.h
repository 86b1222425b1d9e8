#pragma once
// MemberImportReportDialog: the rows a member import refused, line by line with the reason, and
// whether the good rows were imported.

#include "members/MemberImport.h"

#include <QDialog>

class QTableWidget;

namespace patron::ui {

class MemberImportReportDialog : public QDialog {
    Q_OBJECT
public:
    MemberImportReportDialog(const MemberImportReport& report, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace patron::ui
