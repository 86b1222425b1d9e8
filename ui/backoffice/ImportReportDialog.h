#pragma once
// ImportReportDialog: the rows an import refused, line by line with the reason, and whether
// anything was imported. Products use it directly; members through MemberImportReportDialog.

#include "catalog/ProductCsv.h"

#include <QDialog>

class QTableWidget;

namespace patron::ui {

class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);
    // Any import: its window title, the summary sentence, and (line, reason) per refused row.
    ImportReportDialog(const QString& title, const QString& summary, const QList<std::pair<int, QString>>& problems,
                       QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace patron::ui
