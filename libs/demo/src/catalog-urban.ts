import type { CategoryProfile } from './category-profile.js';

/** 城乡建设 and 市容环境: property management, construction, illegal building, sanitation, street order, greenery. */
export const URBAN_PROFILES: readonly CategoryProfile[] = [
  {
    path: '城乡建设/物业管理/物业服务', rate: 0.7, where: 'home',
    texts: {
      complaint: [
        '{bldg}所在小区物业服务不到位，保洁人员{days}没来打扫，院内卫生很差。',
        '{bldg}小区门禁坏了{days}，外来人员随意进出，物业一直不修。',
        '{addr}所在小区物业人员态度差，报修后{days}无人上门。',
        '{bldg}小区物业只收费不服务，院内保洁和绿化都没人管。',
      ],
      help: ['{bldg}单元门禁卡失灵，老人进不了家门，物业电话打不通。'],
    },
    actions: [
      '已约谈小区物业公司负责人，督促其增派保洁人员并每日巡查',
      '已联系物业公司维修门禁系统，现已恢复正常使用',
      '已督促物业公司建立报修台账，限时上门处理',
    ],
    explanations: ['该小区物业服务标准以物业服务合同约定为准，已督促物业公司与业主委员会协商提升服务'],
  },
  {
    path: '城乡建设/物业管理/物业收费', rate: 0.22, where: 'home',
    texts: {
      consult: ['{bldg}所在小区物业费标准是多少，服务不到位能否少交？'],
      complaint: [
        '{bldg}小区物业费上涨未经业主大会同意，来电人不认可。',
        '{bldg}小区物业收取的车位管理费没有公示收费依据。',
      ],
    },
    actions: ['已核实该小区收费标准，督促物业公司在公告栏公示收费依据和明细'],
    explanations: ['物业费标准按物业服务合同约定执行，调整需经业主大会决定，已告知来电人可通过业主委员会反映'],
    answers: ['住宅物业费按物业服务合同约定执行，对服务质量有异议可向社区居委会反映，不宜以此拒交物业费'],
  },
  {
    path: '城乡建设/物业管理/公共设施维修', rate: 0.35, where: 'home',
    texts: {
      help: [
        '{bldg}楼内照明灯坏了{days}，晚上上下楼看不见，老人容易摔倒。',
        '{bldg}单元门闭门器损坏，门一直关不上。',
      ],
      complaint: [
        '{bldg}院内下水道堵塞，污水外溢，气味很大。',
        '{bldg}院内健身器材损坏{days}，存在安全隐患。',
      ],
    },
    actions: ['已协调维修人员更换照明灯具', '已联系维修人员疏通下水管道并清理现场', '已安排维修人员更换损坏配件'],
  },
  {
    // Texts avoid the property-service keywords: both rules would match and the earlier one would win.
    path: '城乡建设/物业管理/电梯运行', rate: 0.3, where: 'home', urgency: { urgent: 0.12 },
    texts: {
      complaint: [
        '{bldg}电梯经常故障停运，老人上下楼非常困难。',
        '{bldg}电梯运行时有异响，来电人担心安全。',
        '{bldg}电梯困人，等了四十多分钟才有人来处理。',
      ],
      help: ['{bldg}电梯停运{days}，家中有行动不便的老人，请尽快修复。'],
    },
    actions: ['已督促电梯维保单位上门检修，更换故障部件，电梯已恢复运行', '已联系特种设备检测机构对电梯进行安全检测'],
    explanations: ['该电梯需更换主机，维修资金使用需业主表决，已协助召开业主会议推进'],
  },
  {
    path: '城乡建设/施工管理/夜间施工噪音', rate: 0.32, where: 'street', season: 'summer', hours: 'night',
    texts: {
      complaint: [
        '{addr}附近工地{late}仍在施工，电钻声很大，影响休息。',
        '{addr}旁边的工地夜间打桩，噪音扰民。',
        '{addr}附近道路施工每天干到{late}，来电人要求查看夜间施工许可。',
      ],
      report: ['{addr}附近工地没有夜间施工许可，{late}还在作业。'],
    },
    actions: ['已联合执法人员到现场检查，责令施工单位停止夜间作业', '已要求施工单位调整作业时间并采取降噪措施'],
    explanations: ['经核实该工程为市政抢修工程，已取得夜间施工许可，已要求施工单位采取降噪措施并提前公告'],
  },
  {
    path: '城乡建设/施工管理/施工扬尘', rate: 0.18, where: 'street', season: 'summer',
    texts: {
      complaint: ['{addr}附近工地渣土未苫盖，刮风时尘土飞扬。', '{addr}附近拆除作业没有洒水降尘，灰尘很大。'],
    },
    proactiveTexts: ['{addr}附近工地裸露土方未苫盖，存在扬尘。'],
    actions: ['已责令施工单位对裸露土方进行苫盖并增加洒水频次'],
  },
  {
    path: '城乡建设/施工管理/施工占道', rate: 0.12, where: 'street',
    texts: {
      complaint: ['{addr}门前施工围挡占用人行道，行人只能走机动车道。', '{addr}附近施工材料堆放在路边，{days}未清理。'],
    },
    proactiveTexts: ['{addr}门前施工围挡超范围占用人行道。'],
    actions: ['已要求施工单位收缩围挡，清理占用道路的材料'],
  },
  {
    path: '城乡建设/违法建设/私搭乱建', rate: 0.2, where: 'home', complex: true,
    texts: {
      report: [
        '{bldg}楼顶有人私搭彩钢房。',
        '{bldg}院内有住户私自扩建房屋，占用公共空间。',
        '{bldg}一层住户私自破墙开门，还搭了小棚子。',
      ],
    },
    proactiveTexts: ['{addr}院内发现新增违法建设。'],
    actions: ['已联合执法人员现场核查，责令当事人限期自行拆除', '已对违法建设立案调查，下达限期拆除通知书'],
    explanations: ['经核实该建筑为历史遗留建筑，需经规划部门认定后依法处置，已纳入台账跟踪'],
  },
  {
    path: '城乡建设/违法建设/违规装修', rate: 0.18, where: 'home',
    texts: {
      complaint: [
        '{addr}楼上住户装修拆改承重墙，来电人担心房屋安全。',
        '{addr}邻居装修每天早上七点就开始砸墙，周末也不停。',
        '{bldg}有住户装修把空调外机装在公共通道上。',
      ],
    },
    actions: ['已到现场检查，责令住户停止拆改承重墙并恢复原状', '已要求装修住户遵守作业时间规定'],
  },
  {
    path: '市容环境/环境卫生/垃圾清运', rate: 0.5, where: 'street', season: 'summer',
    texts: {
      complaint: [
        '{addr}门口垃圾桶满溢{days}无人清运，异味很大。',
        '{addr}附近垃圾堆积，招来很多苍蝇老鼠。',
        '{addr}附近的垃圾站清运不及时，污水流到路上。',
      ],
    },
    proactiveTexts: ['{addr}附近垃圾桶满溢，垃圾堆积未及时清运。'],
    actions: ['已通知环卫部门当日完成清运，并增加清运频次', '已协调环卫公司对桶站进行清洗消毒'],
  },
  {
    path: '市容环境/环境卫生/道路保洁', rate: 0.18, where: 'street', season: 'autumnLeaves',
    texts: {
      complaint: ['{addr}附近路面落叶{days}没人清扫。', '{addr}附近人行道上有很多油污，行人容易滑倒。'],
    },
    proactiveTexts: ['{addr}附近路面保洁不到位，有散落废弃物。'],
    actions: ['已通知道路保洁公司加强清扫，增加作业频次'],
  },
  {
    path: '市容环境/环境卫生/垃圾分类', rate: 0.18, where: 'home',
    texts: {
      consult: ['{bldg}所在小区厨余垃圾投放时间是几点，桶站在哪里？'],
      suggestion: ['{bldg}小区垃圾分类桶站离住户窗户太近，建议挪到院内空地。'],
      complaint: ['{bldg}小区垃圾分类指导员经常不在岗，桶站脏乱。'],
    },
    actions: ['已会同社区调整桶站位置并安排指导员定时值守'],
    answers: ['生活垃圾应按厨余垃圾、可回收物、有害垃圾和其他垃圾分类投放，投放时间以小区桶站公示为准，可咨询所在社区居委会'],
  },
  {
    // Texts avoid the refuse-collection keywords so that the suggestion stays with this category.
    path: '市容环境/环境卫生/楼道堆物', rate: 0.32, where: 'home',
    texts: {
      complaint: [
        '{addr}楼道里堆满杂物，堵住了消防通道。',
        '{addr}邻居长期在楼道堆放纸箱、旧家具，存在消防隐患。',
        '{addr}楼道内有人堆物，还给电动自行车充电，很危险。',
      ],
    },
    actions: ['已由社区居委会联合物业上门劝导，清理楼道内堆放物品', '已张贴清理通知，组织志愿者集中清理'],
  },
  {
    path: '市容环境/街面秩序/占道经营', rate: 0.28, where: 'street', season: 'summer', hours: 'evening',
    texts: {
      complaint: [
        '{addr}附近每天晚上有人摆摊卖水果，占用人行道。',
        '{addr}门前商户占道经营，货物摆到了马路上。',
        '{addr}附近早市摆摊，影响行人通行。',
      ],
    },
    proactiveTexts: ['{addr}附近有流动商贩摆摊占道经营。'],
    actions: ['已安排执法人员现场劝离流动摊贩，并加强巡查', '已对违规商户进行教育并责令整改'],
  },
  {
    path: '市容环境/街面秩序/乱堆物料', rate: 0.12, where: 'street',
    texts: { complaint: ['{addr}门前有人长期堆放建筑材料，影响通行。', '{addr}附近路边堆放大量废旧物品。'] },
    proactiveTexts: ['{addr}门前堆放砂石物料。'],
    actions: ['已责令物料所有人限期清理'],
  },
  {
    path: '市容环境/街面秩序/非法小广告', rate: 0.1, where: 'street',
    texts: { complaint: ['{addr}附近墙上和电线杆上贴满小广告，影响市容。', '{addr}楼内墙壁被喷涂了很多办证广告。'] },
    proactiveTexts: ['{addr}附近墙面有大量非法小广告。'],
    actions: ['已安排人员清除小广告，并对广告中的号码依法处理'],
  },
  {
    path: '市容环境/园林绿化/树木修剪', rate: 0.2, where: 'street', season: 'greenery',
    texts: {
      complaint: ['{addr}门前树枝遮挡路灯，晚上路很黑。', '{addr}院内大树树枝伸到窗户上，刮风时敲打玻璃。'],
      suggestion: ['{addr}附近树枝遮挡交通标志，建议修剪。'],
      help: ['{addr}附近有棵枯树随时可能倒伏，请尽快处理。'],
    },
    actions: ['已联系园林绿化部门对树木进行修剪', '已对枯死树木进行安全评估并完成伐除'],
  },
  {
    path: '市容环境/园林绿化/绿地维护', rate: 0.1, where: 'street', season: 'greenery',
    texts: { complaint: ['{addr}附近绿地被人圈占种菜。', '{addr}附近绿地杂草丛生，蚊虫很多。'] },
    actions: ['已安排绿化养护单位清除杂草并喷洒药物', '已劝导居民恢复绿地原貌'],
  },
];
