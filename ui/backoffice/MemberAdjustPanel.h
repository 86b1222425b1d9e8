#pragma once
// MemberAdjustPanel: a manager's corrections to a member's balances: a manual points adjustment
// (perm::PointsAdjust, a reason is required and kept on the ledger entry) and the refund of a
// stored-value top-up (perm::WalletAdjust). The wallet has no free adjustment: stored value is
// money the customer paid, so it only moves by top-up, spend, refund and top-up refund.

#include "auth/UserService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace patron {
class MembersModule;
}

namespace patron::ui {

class Dialogs;

class MemberAdjustPanel : public QWidget {
    Q_OBJECT
public:
    MemberAdjustPanel(MembersModule& members, Session actor, Dialogs& dialogs, QWidget* parent = nullptr);

    void setMember(qint64 memberId);
    // Both return whether the ledger was written; a refusal is shown in the panel.
    bool adjustPoints();
    bool refundTopUp();

signals:
    void changed();

private:
    void loadTopUps();

    MembersModule& m_members;
    Session m_actor;
    Dialogs& m_dialogs;
    qint64 m_memberId = 0;
    QSpinBox* m_delta;
    QLineEdit* m_reason;
    QPushButton* m_adjust;
    QComboBox* m_topUps;
    QPushButton* m_refund;
    QLabel* m_error;
};

} // namespace patron::ui
