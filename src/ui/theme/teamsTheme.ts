/**
 * Fluent themes for the three Teams themes (Teams JS `app.theme`: "default", "dark", "contrast").
 * A tab must follow the client's theme; SharePoint's own theme is used outside Teams.
 * Palettes follow Teams' light (white canvas, #5b5fc7 brand), dark (#1f1f1f canvas, #7f85f5 brand)
 * and high-contrast (black canvas, white text, cyan selection, yellow links) colours.
 */
import { createTheme, type ITheme } from '@fluentui/react/lib/Styling';

export type TeamsThemeName = 'default' | 'dark' | 'contrast';

const light = createTheme({
  palette: {
    themePrimary: '#5b5fc7',
    themeLighterAlt: '#f7f7fc',
    themeLighter: '#e1e1f7',
    themeLight: '#c8c9f0',
    themeTertiary: '#9799e0',
    themeSecondary: '#6b6fcd',
    themeDarkAlt: '#5256b3',
    themeDark: '#454997',
    themeDarker: '#33356f',
    neutralLighterAlt: '#faf9f8',
    neutralLighter: '#f5f5f5',
    neutralLight: '#ebebeb',
    neutralQuaternaryAlt: '#e0e0e0',
    neutralQuaternary: '#d1d1d1',
    neutralTertiaryAlt: '#c7c7c7',
    neutralTertiary: '#a6a6a6',
    neutralSecondary: '#616161',
    neutralSecondaryAlt: '#616161',
    neutralPrimaryAlt: '#424242',
    neutralPrimary: '#242424',
    neutralDark: '#201f1e',
    black: '#000000',
    white: '#ffffff',
  },
  semanticColors: { link: '#4f52b2', linkHovered: '#3d3e78' },
});

const dark = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5',
    themeLighterAlt: '#05050a',
    themeLighter: '#141527',
    themeLight: '#262849',
    themeTertiary: '#4c5093',
    themeSecondary: '#7075d7',
    themeDarkAlt: '#8c91f6',
    themeDark: '#9ea3f7',
    themeDarker: '#b7baf9',
    neutralLighterAlt: '#292929',
    neutralLighter: '#313131',
    neutralLight: '#3e3e3e',
    neutralQuaternaryAlt: '#464646',
    neutralQuaternary: '#4d4d4d',
    neutralTertiaryAlt: '#6b6b6b',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#d0d0d0',
    neutralSecondaryAlt: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f',
  },
  semanticColors: { link: '#a6aaf8', linkHovered: '#c5c8fb', errorText: '#f9a3a3', warningBackground: '#433519', bodyDivider: '#4d4d4d' },
});

const contrast = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#1aebff',
    themeLighterAlt: '#000000',
    themeLighter: '#000000',
    themeLight: '#1aebff',
    themeTertiary: '#1aebff',
    themeSecondary: '#1aebff',
    themeDarkAlt: '#1aebff',
    themeDark: '#1aebff',
    themeDarker: '#1aebff',
    neutralLighterAlt: '#000000',
    neutralLighter: '#000000',
    neutralLight: '#000000',
    neutralQuaternaryAlt: '#000000',
    neutralQuaternary: '#ffffff',
    neutralTertiaryAlt: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralSecondaryAlt: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000',
  },
  semanticColors: {
    link: '#ffff01',
    linkHovered: '#ffff01',
    errorText: '#ffffff',
    warningBackground: '#000000',
    bodyDivider: '#ffffff',
    inputBorder: '#ffffff',
    buttonBorder: '#ffffff',
    disabledText: '#3ff23f',
    disabledBodyText: '#3ff23f',
  },
});

/** The Fluent theme for a Teams theme; undefined outside Teams, which keeps the host's (SharePoint's) theme. */
export function teamsFluentTheme(name: TeamsThemeName | undefined): ITheme | undefined {
  if (name === 'dark') return dark;
  if (name === 'contrast') return contrast;
  if (name === 'default') return light;
  return undefined;
}

/** Teams JS reports a theme name as a string; anything unknown is treated as the default theme. */
export function toTeamsThemeName(value: unknown): TeamsThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}
