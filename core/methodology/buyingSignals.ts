import type { Bilingual, KeyOf, Term } from './bilingual';

/** The three groups the course sorts buying signals into: 表情 face, 体态 body, 语言 words. */
export const SIGNAL_GROUPS = [
  { key: 'face', zh: '表情方面', en: 'Face' },
  { key: 'body', zh: '体态方面', en: 'Body' },
  { key: 'words', zh: '语言方面', en: 'Words' },
] as const satisfies readonly Term[];

export type SignalGroupKey = KeyOf<typeof SIGNAL_GROUPS>;

/** 捕捉购买信号: buying signals to watch for (methodology.md §7), in the source's words and groups. */
export const BUYING_SIGNALS = [
  { group: 'face', zh: '客户的表情和态度发生变化时', en: 'Expression or attitude changes' },
  { group: 'face', zh: '眼睛直视您时', en: 'Looks you in the eye' },
  { group: 'face', zh: '有着明显的孩童式的兴奋反应时', en: 'Childlike excitement' },
  { group: 'face', zh: '当客户彼此之间微笑着对视时', en: 'Buyers smile at each other' },
  { group: 'body', zh: '突然不住地点头', en: 'Sudden repeated nodding' },
  { group: 'body', zh: '表现出神经质的举止时', en: 'Nervous gestures' },
  { group: 'body', zh: '变换座位时“那里不是细谈的地方,请到这里谈”', en: 'Moves seats ("let’s talk over here")' },
  { group: 'body', zh: '仔细看说明书时', en: 'Reads the brochure closely' },
  { group: 'words', zh: '以价钱为中心谈话时', en: 'Talks about price' },
  { group: 'words', zh: '询问售后服务时', en: 'Asks about after-sales service' },
  { group: 'words', zh: '询问有关使用细节时', en: 'Asks about details of use' },
  { group: 'words', zh: '认真询问产品的相关方面时', en: 'Asks closely about the product' },
  { group: 'words', zh: '想试用时', en: 'Wants to try it' },
  { group: 'words', zh: '与其它产品相比较时', en: 'Compares with other products' },
  { group: 'words', zh: '表露出喜欢喜爱时', en: 'Says they like it' },
] as const satisfies readonly (Bilingual & { group: SignalGroupKey })[];

/** A group's signals, in the source's order. */
export function signalsOf(group: SignalGroupKey): readonly Bilingual[] {
  return BUYING_SIGNALS.filter((s) => s.group === group);
}
