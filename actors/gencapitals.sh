#!/bin/sh
# gencapitals.sh regenerates data/capitals.actors.txt from the places
# gazetteer (country rows: ISO3 code and capital name). Run it from the
# actors directory: sh gencapitals.sh
set -eu
out=data/capitals.actors.txt
{
	grep '^#' "$out"
	zcat ../places/data/gazetteer.tsv.gz |
		{
			awk -F'\t' '$1=="C" && $6!="" && $6!=$5 {n=toupper($6); gsub(/ /,"_",n); c=$3 "GOV"; if (n=="BRUSSELS") c="IGOEUREEC"; printf "%s_ [%s]\n", n, c}'
			# Former capitals, until the seat of government moved:
			# West Germany's Bonn (unification), Nigeria's Lagos,
			# Kazakhstan's Almaty, Myanmar's Rangoon, Brazil's Rio.
			printf '%s\n' 'BONN_ [DEUGOV <901002]' 'LAGOS_ [NGAGOV <911211]' 'ALMATY_ [KAZGOV <971209]' \
				'ALMA-ATA_ [KAZGOV <971209]' 'RANGOON_ [MMRGOV <051105]' 'RIO_DE_JANEIRO_ [BRAGOV <600420]'
		} |
		LC_ALL=C sort -u
} >"$out.tmp"
mv "$out.tmp" "$out"
