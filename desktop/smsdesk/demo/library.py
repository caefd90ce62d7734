"""The demo library: signatures, sensitive words, phrases, templates in each review status, and a few blacklisted
numbers in each scope. Each user's part is done as that user, through the same functions and audit as the
console."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from smsdesk.demo.acting import acting_as
from smsdesk.demo.org import DEMO_ADMIN, REVIEWER
from smsdesk.infra.jobs import QuietJob
from smsdesk.services import blacklist, library
from smsdesk.services.admin import find_group
from smsdesk.services.errors import translate_db_errors
from smsdesk.store.repositories_library import LibraryRepository

# Gambling, fraud and scams, fake invoices, drugs, weapons, illegal finance, adult content, and the absolute
# claims advertising law forbids.
_DEMO_WORDS_TEXT = (
    "赌博 博彩 赌场 网赌 百家乐 六合彩 时时彩 老虎机 赌球 赌马 彩票内幕 私彩 地下六合彩 网上赌场 真人娱乐 "
    "代开发票 发票代开 增值税发票 假发票 刷单 兼职刷单 套现 信用卡套现 花呗套现 网贷 高利贷 裸贷 校园贷 "
    "无抵押贷款 秒批贷款 洗钱 传销 非法集资 庞氏骗局 原始股 内幕消息 荐股 稳赚不赔 保本高收益 "
    "日赚千元 月入过万 躺赚 中奖 恭喜中奖 领取奖品 免费领取 红包返现 加微信 加V 加微 私聊 点击链接领取 "
    "冒充公检法 安全账户 涉嫌洗钱 银行卡冻结 验证码给我 退款理赔 快递丢失理赔 航班取消改签 "
    "毒品 冰毒 大麻 海洛因 摇头丸 K粉 迷药 听话水 催情药 春药 枪支 仿真枪 气枪 弓弩 管制刀具 "
    "办证 假证 代办证件 假文凭 代考 替考 考试答案 作弊器 窃听器 针孔摄像头 GPS定位跟踪 "
    "色情 成人影片 援交 约炮 一夜情 裸聊 黄色网站 激情视频 "
    "黑客 盗号 木马 钓鱼网站 破解版 外挂 私服 "
    "代孕 卖肾 器官买卖 克隆卡 手机复制卡 改号软件 伪基站 短信群发器 "
    "减肥神药 包治百病 祖传秘方 根治 特效药 无效退款 癌症克星 "
    "最佳 最优 第一品牌 国家级 全网最低 史上最低价 绝对 100%有效 万能 顶级 "
    "免费送 零元购 0元购 秒杀 清仓甩卖 跳楼价 亏本甩卖 限时抢购 "
    "退订回N 回复TD 拒收请回复 "
    "比特币 虚拟币 挖矿 区块链投资 数字货币理财 外汇平台 期货喊单 "
    "代写论文 论文代发 学历提升包过 "
    "私人侦探 讨债 追债公司 "
    "开锁 开锁换锁 疏通下水道 "
    "彩金 返水 首充 注册送 体验金 "
    "裸条 肉偿 包养 "
    "假币 高仿 A货 精仿 原单 "
    "偷拍 跟踪 "
    "信用卡提额 征信修复 洗白征信 黑户贷款 "
    "免息分期 无需审核 当天放款 "
    "炒股群 股票推荐 牛股 涨停板 内部票 "
    "加群 扫码进群 "
    "幸运用户 积分兑换 积分清零 兑换礼品 账户异常 请立即登录 "
    "ETC失效 社保停用 医保卡异常 "
    "中奖通知 领奖 奖金 "
    "红包 返利 刷信誉 好评返现 "
    "降价 特惠 "
)
DEMO_WORDS = tuple(_DEMO_WORDS_TEXT.split())


@dataclass(frozen=True)
class DemoTemplate:
    author: str
    name: str
    kind: str
    content: str
    public: bool
    status: str  # pending, approved, rejected
    reason: str = ""


DEMO_RENEWAL = (
    "**人寿自动语音系统温馨提示：尊敬的【姓名】先生，您好！您的【险种】保险应于【应缴日期】缴纳第【期数】期续期保费"
    "【金额】元，请于应缴日前存到约定缴费的银行存折内，若有疑问，请拨打24小时服务热线***。**人寿感谢您一如既往的支持！"
)
DEMO_TEMPLATES = (
    DemoTemplate("demo-admin", "续期提醒", "notification", DEMO_RENEWAL, True, "approved"),
    DemoTemplate(
        "demo-admin",
        "登录验证码",
        "verification",
        "您的验证码为【验证码】，5分钟内有效，请勿泄露给他人。",
        True,
        "approved",
    ),
    DemoTemplate(
        "demo-op1",
        "会员日活动",
        "marketing",
        "【姓名】您好，本周六会员日全场满200减30，凭短信到店领取小礼品。",
        False,
        "pending",
    ),
    DemoTemplate(
        "demo-op1",
        "账户异常提醒",
        "alert",
        "尊敬的客户，您尾号【尾号】的账户于【时间】发生异常登录，如非本人操作请立即致电客服。",
        False,
        "approved",
    ),
    DemoTemplate(
        "demo-op2",
        "限时秒杀",
        "marketing",
        "全网最低价！【商品】限时秒杀，点击链接领取红包。",
        False,
        "rejected",
        "含有绝对化用语“全网最低价”，请修改后重新提交。",
    ),
    DemoTemplate(
        "demo-op3",
        "还款提醒",
        "notification",
        "【姓名】您好，您的【产品】本期应还【金额】元，最后还款日为【还款日】。",
        False,
        "pending",
    ),
)

DEMO_PHRASES = (
    # (author, group, public, phrases)
    ("demo-op1", "问候语", True, ("尊敬的客户，您好！", "感谢您一直以来的支持！", "祝您生活愉快！")),
    ("demo-op1", "结束语", True, ("如有疑问，请致电客服热线。", "本短信无需回复。")),
    ("demo-op1", "我的常用", False, ("您预约的服务已确认，请准时到达。", "资料已收到，我们将尽快处理。")),
    ("demo-op3", "问候语", True, ("您好，华南分公司为您服务。",)),
)

DEMO_SIGNATURES = (
    ("演示集团", "演示集团", True),
    ("演示集团", "演示客服", False),
    ("演示集团/华南分公司", "华南分部", True),
)

DEMO_BLACKLIST = (
    # (scope, group path or kind, numbers, reason)
    ("global", None, ("+8613800000001", "+8613800000002", "+8613900000003"), "用户投诉"),
    ("group", "演示集团/华东分公司", ("+8613700000004", "+8613700000005"), "客户要求不再联系"),
    ("group", "演示集团/华南分公司", ("+8618600000006",), "号码停用"),
    ("kind", "marketing", ("+8615000000007", "+8615000000008", "+8615000000009"), "回复退订"),
    ("kind", "notification", ("+8613600000010",), "重复投诉"),
)


def seed(session: Session) -> None:
    _signatures_and_words(session)
    _phrases(session)
    _templates(session)
    _blacklists(session)


def _signatures_and_words(session: Session) -> None:
    with acting_as(session, DEMO_ADMIN):
        for path, signature, default in DEMO_SIGNATURES:
            library.create_signature(session, find_group(session, path), signature, default)
        with translate_db_errors():
            LibraryRepository(session).import_words(list(DEMO_WORDS[:200]), "demo")


def _phrases(session: Session) -> None:
    for author, group, public, phrases in DEMO_PHRASES:
        with acting_as(session, author):
            group_id = library.create_phrase_group(session, group, public)
            for content in phrases:
                library.add_phrase(session, group_id, content)


def _templates(session: Session) -> None:
    for t in DEMO_TEMPLATES:
        with acting_as(session, t.author):
            template_id = library.create_template(session, t.name, t.kind, t.content, t.public)
        if t.status != "pending":
            with acting_as(session, REVIEWER if t.author != REVIEWER else DEMO_ADMIN):
                library.review_template(session, template_id, t.status == "approved", t.reason)


def _blacklists(session: Session) -> None:
    for scope, where, numbers, reason in DEMO_BLACKLIST:
        group_id = find_group(session, where) if scope == "group" else None
        kind = where if scope == "kind" else None
        with acting_as(session, DEMO_ADMIN):
            blacklist.store_numbers(
                session, QuietJob(), scope, list(numbers), group_id=group_id, kind=kind, reason=reason
            )
