"""The demo operators' address books: a few hundred contacts each in a three-level tree of groups."""

from __future__ import annotations

import random

from sqlalchemy.orm import Session

from smsdesk.services import contacts_transfer
from smsdesk.store.repositories import UserRepository
from smsdesk.store.repositories_contacts import ContactRepository

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥玲芬燕彬鹏辉斌宇浩凯"
TREES = {
    "demo-op1": {"华东客户": {"上海": ["VIP客户", "春季促销"], "杭州": ["会员回访"]}, "合作伙伴": {"供应商": ["物流"]}},
    "demo-op2": {"华东客户": {"南京": ["保险续保", "理赔回访"], "苏州": ["新客户"]}},
    "demo-op3": {"华南客户": {"广州": ["天河门店", "越秀门店"], "深圳": ['"金卡"会员']}, "内部": {"同事": ["值班"]}},
}


def seed(session: Session) -> None:
    """Each demo operator's book, unless they have one already (the installation owner's session)."""
    rng = random.Random(4)
    users = UserRepository(session)
    repo = ContactRepository(session)
    for login, tree in TREES.items():
        user = users.by_login(login)
        if user is None or any(g.owner_id == user.id for g in repo.groups()):
            continue  # no such demo user, or its address book is there already
        field_id = repo.save_field(user.id, None, "客户等级")
        leaves = [f"{a}/{b}/{c}" for a, branches in tree.items() for b, leaves_ in branches.items() for c in leaves_]
        for n, path in enumerate(leaves):
            group_id = repo.ensure_group_path(user.id, path)
            rows = [_contact(rng, i, field_id) for i in range(60 + 20 * (n % 3))]
            contacts_transfer.load_rows(session, group_id, rows, source="demo")


def _contact(rng: random.Random, i: int, field_id: int) -> dict:
    name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))
    mobile = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
    if i % 29 == 7:
        mobile = mobile[:9]  # a few invalid numbers, shown as such
    return {
        "name": name,
        "mobile": mobile,
        "email": f"user{rng.randrange(10**5)}@example.cn" if i % 3 == 0 else "",
        "notes": "老客户" if i % 11 == 0 else "",
        "custom": {str(field_id): rng.choice(("金卡", "银卡", "普通"))},
    }
