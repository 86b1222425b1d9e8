#include "till/MemberPanel.h"

#include "till/TillFormat.h"
#include "till/TillKeyMap.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

MemberPanel::MemberPanel(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("memberTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("memberDetails"));
    m_details->setWordWrap(true);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("memberNextTier"));
    m_next->setProperty("role", QStringLiteral("hint"));
    m_next->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_next);
    auto* buttons = new QHBoxLayout;
    m_detailsButton = new QPushButton(this);
    m_detailsButton->setObjectName(QStringLiteral("memberDetailsButton"));
    m_gift = new QPushButton(this);
    m_gift->setObjectName(QStringLiteral("memberGift"));
    for (QPushButton* b : {m_detailsButton, m_gift}) {
        b->setFocusPolicy(Qt::NoFocus);  // a touch never takes focus from the scanner
        b->setMinimumHeight(44);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    connect(m_detailsButton, &QPushButton::clicked, this, &MemberPanel::detailsRequested);
    connect(m_gift, &QPushButton::clicked, this, &MemberPanel::giftRequested);
    setKeys(TillKeyMap::defaults());
    setMember(std::nullopt);
}

void MemberPanel::setKeys(const TillKeyMap& keys)
{
    m_detailsButton->setText(keys.withKey(tr("Details"), TillAction::MemberDetails));
    m_gift->setText(keys.withKey(tr("Redeem a gift"), TillAction::Gift));
    m_noMember = keys.withKey(tr("No member"), TillAction::Member);
    if (m_detailsButton->isHidden())
        m_title->setText(m_noMember);
}

void MemberPanel::setMember(const std::optional<MemberSummary>& m)
{
    if (!m) {
        m_title->setText(m_noMember);
        m_details->clear();
        m_next->clear();
        m_detailsButton->hide();
        m_gift->hide();
        return;
    }
    m_title->setText(QStringLiteral("%1  %2  %3").arg(m->name, m->maskedMobile, m->tier));
    m_details->setText(tr("Points %1 · Stored value %2 · Coupons %3")
                           .arg(m->points)
                           .arg(yuan(m->walletMinor))
                           .arg(m->coupons));
    m_next->setText(m->nextTier);
    m_detailsButton->show();
    m_gift->show();
}

} // namespace patron::ui
