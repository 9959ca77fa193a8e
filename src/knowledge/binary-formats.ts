// Executable formats Go's debug packages read, by the names their specifications use.
// Sources: go/src/debug/elf, go/src/debug/macho, go/src/debug/pe, go/src/internal/xcoff.
export const FORMAT_NAMES: Readonly<Record<'elf' | 'macho' | 'pe' | 'xcoff', string>> = { elf: 'ELF', macho: 'Mach-O', pe: 'PE', xcoff: 'XCOFF' };
