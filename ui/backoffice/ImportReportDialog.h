#pragma once
// ImportReportDialog: the rows a product import refused, line by line with the reason, and
// whether anything was imported.

#include "catalog/ProductCsv.h"

#include <QDialog>

class QTableWidget;

namespace patron::ui {

class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace patron::ui
