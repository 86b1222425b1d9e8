#pragma once
// The cashier's shift (F7): open with a float, cash in and out with a reason, close with the
// counted cash, and the X (so far) and Z (day end) reports.

#include "sales/ShiftService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace patron::ui {

class TillSession;

class ShiftDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShiftDialog(TillSession& session, QWidget* parent = nullptr);
    void openShift();
    void cashMovement(bool in);
    void closeShift();
    void showX();
    void showZ();

signals:
    void shiftChanged();

private:
    void refresh();
    void showReport(const DayReport& report);
    bool fail(const QString& message);

    TillSession& m_session;
    QLabel* m_state;
    QLineEdit* m_amount;
    QLineEdit* m_reason;
    QLabel* m_message;
    QPlainTextEdit* m_report;
};

} // namespace patron::ui
