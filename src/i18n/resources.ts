// Every locale file, imported statically (style.md §8): bundled, no network loading, and it
// works under tsx for the CLI. The file path is the key prefix: locales/en/ui/app.json → ui.app.*
import enDimensions from '../../locales/en/dimensions.json';
import enErrorsAnswersFile from '../../locales/en/errors/answersFile.json';
import enErrorsStorage from '../../locales/en/errors/storage.json';
import enGlossary from '../../locales/en/glossary.json';
import enGroup from '../../locales/en/group.json';
import enIndicators from '../../locales/en/indicators.json';
import enMethod from '../../locales/en/method.json';
import enNetworkModels from '../../locales/en/networkModels.json';
import enOptions from '../../locales/en/options.json';
import enQuestions from '../../locales/en/questions.json';
import enRecommendations from '../../locales/en/recommendations.json';
import enReport from '../../locales/en/report.json';
import enScales from '../../locales/en/scales.json';
import enSections from '../../locales/en/sections.json';
import enUiApp from '../../locales/en/ui/app.json';
import enUiIo from '../../locales/en/ui/io.json';
import enUiQuestionnaire from '../../locales/en/ui/questionnaire.json';
import enUiReport from '../../locales/en/ui/report.json';
import enUiStart from '../../locales/en/ui/start.json';
import enUiWorkshop from '../../locales/en/ui/workshop.json';
import nlDimensions from '../../locales/nl/dimensions.json';
import nlErrorsAnswersFile from '../../locales/nl/errors/answersFile.json';
import nlErrorsStorage from '../../locales/nl/errors/storage.json';
import nlGlossary from '../../locales/nl/glossary.json';
import nlGroup from '../../locales/nl/group.json';
import nlIndicators from '../../locales/nl/indicators.json';
import nlMethod from '../../locales/nl/method.json';
import nlNetworkModels from '../../locales/nl/networkModels.json';
import nlOptions from '../../locales/nl/options.json';
import nlQuestions from '../../locales/nl/questions.json';
import nlRecommendations from '../../locales/nl/recommendations.json';
import nlReport from '../../locales/nl/report.json';
import nlScales from '../../locales/nl/scales.json';
import nlSections from '../../locales/nl/sections.json';
import nlUiApp from '../../locales/nl/ui/app.json';
import nlUiIo from '../../locales/nl/ui/io.json';
import nlUiQuestionnaire from '../../locales/nl/ui/questionnaire.json';
import nlUiReport from '../../locales/nl/ui/report.json';
import nlUiStart from '../../locales/nl/ui/start.json';
import nlUiWorkshop from '../../locales/nl/ui/workshop.json';
import type { Language } from '../catalogue/ids';

export const resources = {
  en: {
    translation: {
      dimensions: enDimensions,
      errors: { answersFile: enErrorsAnswersFile, storage: enErrorsStorage },
      glossary: enGlossary,
      group: enGroup,
      indicators: enIndicators,
      method: enMethod,
      networkModels: enNetworkModels,
      options: enOptions,
      questions: enQuestions,
      recommendations: enRecommendations,
      report: enReport,
      scales: enScales,
      sections: enSections,
      ui: {
        app: enUiApp,
        io: enUiIo,
        questionnaire: enUiQuestionnaire,
        report: enUiReport,
        start: enUiStart,
        workshop: enUiWorkshop,
      },
    },
  },
  nl: {
    translation: {
      dimensions: nlDimensions,
      errors: { answersFile: nlErrorsAnswersFile, storage: nlErrorsStorage },
      glossary: nlGlossary,
      group: nlGroup,
      indicators: nlIndicators,
      method: nlMethod,
      networkModels: nlNetworkModels,
      options: nlOptions,
      questions: nlQuestions,
      recommendations: nlRecommendations,
      report: nlReport,
      scales: nlScales,
      sections: nlSections,
      ui: {
        app: nlUiApp,
        io: nlUiIo,
        questionnaire: nlUiQuestionnaire,
        report: nlUiReport,
        start: nlUiStart,
        workshop: nlUiWorkshop,
      },
    },
  },
} as const satisfies Record<Language, { translation: object }>;
