#include "runstateicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace nereid::RunStateIcon {

namespace {

enum class Kind
{
    Active,
    Inactive,
    Failed,
    Trashed
};

class StateIconEngine : public QIconEngine
{
public:
    explicit StateIconEngine(Kind kind)
        : m_kind(kind)
    {
    }

    QIconEngine *clone() const override { return new StateIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("nereid-run-state"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // A disc of about 60% of the cell's icon square, centred.
        const qreal side = qMin(rect.width(), rect.height()) * 0.62;
        const QRectF disc(QPointF(rect.center()) - QPointF(side / 2, side / 2), QSizeF(side, side));
        const qreal fade = mode == QIcon::Disabled ? 0.4 : 1.0;
        switch (m_kind) {
        case Kind::Active:
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x2e, 0xa0, 0x43, int(255 * fade)));
            painter->drawEllipse(disc);
            painter->setBrush(QColor(0xd6, 0xf5, 0xdd, int(255 * fade)));
            painter->drawEllipse(disc.adjusted(side * 0.3, side * 0.3, -side * 0.3, -side * 0.3));
            break;
        case Kind::Inactive:
            painter->setPen(QPen(QColor(0x8a, 0x8a, 0x8a, int(255 * fade)), qMax(1.5, side * 0.2)));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(disc.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08));
            break;
        case Kind::Failed: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xc0, 0x28, 0x28, int(255 * fade)));
            painter->drawEllipse(disc);
            painter->setPen(QPen(Qt::white, qMax(1.0, side * 0.15), Qt::SolidLine, Qt::RoundCap));
            const qreal inset = side * 0.3;
            const QRectF cross = disc.adjusted(inset, inset, -inset, -inset);
            painter->drawLine(cross.topLeft(), cross.bottomRight());
            painter->drawLine(cross.topRight(), cross.bottomLeft());
            break;
        }
        case Kind::Trashed: {
            // A bin: a lid and a body narrowing to the bottom, with two ribs.
            const QColor grey(0x80, 0x80, 0x80, int(255 * fade));
            painter->setPen(QPen(grey, qMax(1.0, side * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            const qreal top = disc.top() + side * 0.22;
            painter->drawLine(QPointF(disc.left(), top), QPointF(disc.right(), top));
            painter->drawLine(QPointF(disc.center().x() - side * 0.15, disc.top()),
                              QPointF(disc.center().x() + side * 0.15, disc.top()));
            QPainterPath body;
            body.moveTo(disc.left() + side * 0.12, top);
            body.lineTo(disc.left() + side * 0.22, disc.bottom());
            body.lineTo(disc.right() - side * 0.22, disc.bottom());
            body.lineTo(disc.right() - side * 0.12, top);
            painter->drawPath(body);
            painter->drawLine(QPointF(disc.center().x(), top + side * 0.18),
                              QPointF(disc.center().x(), disc.bottom() - side * 0.15));
            break;
        }
        }
        painter->restore();
    }

private:
    Kind m_kind;
};

} // namespace

QIcon active()
{
    static const QIcon icon(new StateIconEngine(Kind::Active));
    return icon;
}

QIcon inactive()
{
    static const QIcon icon(new StateIconEngine(Kind::Inactive));
    return icon;
}

QIcon failed()
{
    static const QIcon icon(new StateIconEngine(Kind::Failed));
    return icon;
}

QIcon trashed()
{
    static const QIcon icon(new StateIconEngine(Kind::Trashed));
    return icon;
}

} // namespace nereid::RunStateIcon
