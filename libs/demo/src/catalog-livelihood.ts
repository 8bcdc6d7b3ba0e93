import type { CategoryProfile } from './category-profile.js';

/** 民生保障, 劳动社保, 市场管理 and 其他: welfare, elderly care, social insurance, consumer matters, praise. */
export const LIVELIHOOD_PROFILES: readonly CategoryProfile[] = [
  {
    path: '民生保障/社会救助/低保', rate: 0.15, where: 'home', hours: 'office',
    texts: {
      consult: ['低保申请条件是什么，需要准备哪些材料？来电人住{addr}。'],
      help: ['{addr}家中生活困难，想申请低保，不知道怎么办理。'],
      complaint: ['来电人申请低保{days}了还没有结果，住址{addr}。'],
    },
    actions: ['已安排工作人员入户了解情况，指导来电人提交申请材料', '已核实审批进度，告知来电人审核结果及发放时间'],
    answers: ['申请最低生活保障需家庭人均收入低于本市标准并符合财产条件，可持户口簿、身份证等材料到街道市民服务中心提出申请'],
  },
  {
    path: '民生保障/社会救助/临时救助', rate: 0.08, where: 'home', hours: 'office',
    texts: { help: ['{addr}家中有人突发重病，生活困难，想申请临时救助。'] },
    actions: ['已指导来电人申请临时救助，审核通过后发放救助金'],
  },
  {
    path: '民生保障/社会救助/残疾人帮扶', rate: 0.06, where: 'home', hours: 'office',
    texts: {
      consult: ['{addr}有残疾人想申请辅助器具，不知道去哪办。'],
      help: ['{addr}残疾人家庭申请无障碍改造，希望加快办理。'],
    },
    actions: ['已联系残联专干上门评估，指导办理辅助器具申请'],
    answers: ['持证残疾人可向所在社区残协专职委员申请辅助器具适配和家庭无障碍改造，由街道统一上报办理'],
  },
  {
    path: '民生保障/养老服务/养老驿站', rate: 0.1, where: 'street', hours: 'office',
    texts: {
      consult: ['{addr}附近养老驿站有哪些服务项目，怎么收费？'],
      complaint: ['{addr}附近养老驿站经常不开门，老人去了找不到人。'],
    },
    actions: ['已约谈养老驿站运营方，要求按公示时间开放并增加服务人员'],
    answers: ['养老驿站提供助餐、助洁、呼叫、健康指导等服务，收费标准在驿站公示，可到驿站或所在社区咨询'],
  },
  {
    path: '民生保障/养老服务/助餐服务', rate: 0.1, where: 'home', hours: 'office',
    texts: {
      consult: ['{bldg}附近有没有老年餐桌，能不能送餐上门？'],
      complaint: ['{addr}附近老年助餐点饭菜质量差，分量也少。'],
    },
    actions: ['已督促助餐服务商改进菜品质量，并开通送餐上门服务'],
    answers: ['辖区养老驿站提供老年助餐服务，行动不便的老人可预约送餐上门，具体可咨询所在社区'],
  },
  {
    path: '民生保障/养老服务/高龄津贴', rate: 0.12, where: 'home', hours: 'office',
    texts: {
      consult: ['高龄津贴申领条件和办理地点，来电人住{addr}。', '来电人母亲已满80周岁，高龄津贴什么时候能到账？住址{addr}。'],
    },
    actions: ['已核实来电人母亲津贴发放情况，告知到账时间'],
    answers: ['年满80周岁的本市户籍老年人可申领高龄津贴，可在街道市民服务中心或通过手机端办理，按月发放到养老助残卡'],
  },
  {
    path: '劳动社保/社会保险/医保报销', rate: 0.1, where: 'home', hours: 'office',
    outsideDuty: '医保报销业务由区医疗保障部门办理，不属于街道职责',
    texts: { consult: ['来电人住{addr}，异地就医的医保报销如何办理？', '门诊费用报销比例是多少？来电人住址{addr}。'] },
    actions: ['已协助来电人联系区医保中心办理报销手续'],
    answers: ['门诊和住院费用可持社保卡在定点医疗机构直接结算，异地就医需先办理备案，具体可咨询区医保中心'],
  },
  {
    path: '劳动社保/社会保险/养老保险', rate: 0.08, where: 'home', hours: 'office',
    texts: { consult: ['来电人住{addr}，灵活就业人员如何缴纳养老保险？'] },
    actions: ['已为来电人讲解灵活就业参保流程并协助办理登记'],
    answers: ['灵活就业人员可持身份证到社保经办机构或通过网上服务平台办理参保登记，按月缴纳养老保险费'],
  },
  {
    path: '劳动社保/劳动关系/拖欠工资', rate: 0.08, where: 'street', season: 'yearEnd',
    outsideDuty: '劳动报酬争议由区劳动保障监察部门受理，不属于街道职责',
    texts: { help: ['来电人在{addr}附近一家餐馆打工，老板拖欠{n}个月工资。'] },
    actions: ['已约谈用人单位负责人，督促其结清拖欠工资'],
    explanations: ['已指导来电人向区劳动保障监察部门投诉或申请劳动仲裁'],
  },
  {
    path: '市场管理/消费纠纷/商品质量', rate: 0.08, where: 'street',
    outsideDuty: '消费纠纷由市场监督管理部门受理，不属于街道职责',
    texts: { complaint: ['来电人在{addr}附近商店购买的电器有质量问题，商家拒绝退换。'] },
    actions: ['已联系市场监管所对商家进行约谈，商家同意退换'],
  },
  {
    path: '市场管理/消费纠纷/预付卡退费', rate: 0.12, where: 'street',
    texts: {
      complaint: [
        '{addr}附近一家健身房突然关门，来电人办的预付卡还有{n}千元没用完。',
        '{addr}附近理发店储值卡无法退费，店家态度恶劣。',
      ],
    },
    actions: ['已会同市场监管所约谈经营者，督促其制定退费方案'],
    explanations: ['经营者已失联，已告知来电人可向市场监管部门登记并通过司法途径维权'],
  },
  {
    path: '市场管理/食品安全/无证经营', rate: 0.06, where: 'street',
    texts: { report: ['{addr}附近有个小饭馆没有营业执照。', '{addr}附近有人在家中无证加工熟食售卖。'] },
    actions: ['已联合市场监管所现场检查，责令停止无证经营'],
  },
  {
    path: '市场管理/食品安全/餐饮卫生', rate: 0.1, where: 'street', season: 'summer',
    texts: { complaint: ['{addr}附近餐馆后厨卫生很差，来电人就餐后腹泻。', '{addr}附近早点铺操作不戴口罩手套。'] },
    actions: ['已联系市场监管所对该餐馆进行检查，责令整改后厨卫生'],
  },
  {
    path: '其他/其他/其他', rate: 0.14, where: 'street',
    texts: {
      praise: [
        '{addr}所在社区工作人员帮助解决了困扰多年的问题，特此致谢。',
        '社区网格员热心帮助{addr}的独居老人，值得表扬。',
      ],
      suggestion: ['{addr}附近缺少休息座椅，建议增设。'],
      other: ['{addr}附近新建的公共卫生间什么时候开放？'],
    },
    actions: ['已核实情况并答复来电人'],
    answers: ['已将来电人的意见转达相关社区和工作人员，感谢来电人对街道工作的支持'],
  },
];
