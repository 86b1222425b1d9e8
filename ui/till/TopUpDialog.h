#pragma once
// Stored-value top-up (充值, F8) for the attached member, with the store's bonus rules shown
// (充100送20) so the cashier can suggest the next step up. The top-up slip prints afterwards, and the
// drawer opens when the member paid cash.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace patron::ui {

class TillPrinter;
class TillSession;

class TopUpDialog : public QDialog {
    Q_OBJECT
public:
    TopUpDialog(TillSession& session, TillPrinter& printer, qint64 memberId, const QString& memberText, QWidget* parent = nullptr);
    void confirm();

signals:
    void toppedUp();

private:
    TillSession& m_session;
    TillPrinter& m_printer;
    qint64 m_memberId;
    QLineEdit* m_amount;
    QComboBox* m_tender;
    QLabel* m_message;
};

} // namespace patron::ui
