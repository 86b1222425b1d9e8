#pragma once
// The attached member at a glance: name, masked mobile, tier, points, stored value, coupons and
// how far they are from the next tier; with a member attached, buttons for the member's details
// (edit, history) and to redeem points for a gift.

#include <QFrame>

class QLabel;
class QPushButton;

namespace patron::ui {

class TillKeyMap;

struct MemberSummary {
    QString name;
    QString maskedMobile;
    QString tier;
    qint64 points = 0;
    qint64 walletMinor = 0;
    int coupons = 0;
    QString nextTier;  // "Spend ￥120.00 more to reach 金卡"; empty at the top tier
};

class MemberPanel : public QFrame {
    Q_OBJECT
public:
    explicit MemberPanel(QWidget* parent = nullptr);
    void setMember(const std::optional<MemberSummary>& member);
    // The buttons and the "no member" line name the store's keys for these actions.
    void setKeys(const TillKeyMap& keys);

signals:
    void giftRequested();
    void detailsRequested();

private:
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_next;
    QPushButton* m_detailsButton;
    QPushButton* m_gift;
    QString m_noMember;
};

} // namespace patron::ui
